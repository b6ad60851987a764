#!/bin/bash
# Entry point of the kafka service of docker-compose.yml (apache/kafka image): one KRaft node (broker and
# controller), clients authenticated with SASL/SCRAM-SHA-512, authorization by ACLs. The SCRAM credentials of the
# admin, of each service and of the outside principal are written when the storage is formatted (first start
# only); the kafka-init service then creates the topics and the ACLs.
set -euo pipefail
config=/tmp/server.properties
cat > "$config" <<PROPERTIES
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@kafka:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=SASL_PLAINTEXT://${KAFKA_ADVERTISED_HOST:-kafka}:9092
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL_PLAINTEXT
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
# the controller reads the SCRAM credentials from the metadata it serves: it authenticates with PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}" user_admin="${KAFKA_ADMIN_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
num.partitions=${KAFKA_PARTITIONS:-6}
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
auto.create.topics.enable=false
PROPERTIES
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "${KAFKA_CLUSTER_ID}" -c "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=plan-service,password=${KAFKA_PLAN_SERVICE_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=report-service,password=${KAFKA_REPORT_SERVICE_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=notification-service,password=${KAFKA_NOTIFICATION_SERVICE_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=analytics-service,password=${KAFKA_ANALYTICS_SERVICE_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=provincial-hub,password=${KAFKA_PROVINCIAL_HUB_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"
