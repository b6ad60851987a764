#!/bin/bash
# Run once by the kafka-init service of docker-compose.yml, as the Kafka admin: the event topics and their
# dead-letter topics (kept forever: analytics rebuilds its read models by replaying them), and one principal per
# service allowed exactly what it produces and consumes; provincial-hub, the outside systems' principal, may read
# the event topics in consumer groups provincial-hub.<anything>. The same rules as the local platform's (KafkaAccess;
# ComposeFileTests compares the produce/consume lines below with them). Idempotent.
set -euo pipefail
bin=/opt/kafka/bin
admin=/tmp/admin.properties
cat > "$admin" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES
kafka=(--bootstrap-server kafka:9092 --command-config "$admin")
for topic in plan-events report-events notification-events; do
  for name in "$topic" "$topic-dlt"; do
    "$bin"/kafka-topics.sh "${kafka[@]}" --create --if-not-exists --topic "$name" \
      --partitions "${KAFKA_PARTITIONS:-6}" --replication-factor 1 --config retention.ms=-1
  done
done
acl() { "$bin"/kafka-acls.sh "${kafka[@]}" --add --force "$@" >/dev/null; }
# produce: its own stream
produce() { acl --allow-principal "User:$1" --operation Write --operation Describe --topic "$2"; }
# consume: a stream in the consumer group named after the service, and the stream's dead-letter topic
consume() {
  acl --allow-principal "User:$1" --operation Read --operation Describe --topic "$2"
  acl --allow-principal "User:$1" --operation Write --operation Describe --topic "$2-dlt"
  acl --allow-principal "User:$1" --operation Read --operation Describe --group "$1"
}
produce plan-service plan-events
produce report-service report-events
consume report-service plan-events
produce notification-service notification-events
consume notification-service plan-events
consume notification-service report-events
consume analytics-service plan-events
consume analytics-service report-events
consume analytics-service notification-events
for topic in plan-events report-events notification-events; do
  acl --allow-principal User:provincial-hub --operation Read --operation Describe --topic "$topic"
done
# its consumer groups are named provincial-hub.<anything>
acl --allow-principal User:provincial-hub --operation Read --operation Describe --group provincial-hub. \
  --resource-pattern-type prefixed
"$bin"/kafka-topics.sh "${kafka[@]}" --list
"$bin"/kafka-acls.sh "${kafka[@]}" --list | grep -c 'ALLOW' | xargs echo "ACL entries:"
