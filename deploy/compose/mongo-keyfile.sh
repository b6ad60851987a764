#!/bin/sh
# Run once by the mongo-keyfile service of docker-compose.yml: the shared secret the replica set members
# authenticate each other with (owner-only, owned by the mongodb user of the image).
set -eu
if [ ! -s /keys/keyfile ]; then
  head -c 756 /dev/urandom | base64 | tr -d '\n' > /keys/keyfile
  echo "keyfile created"
fi
chmod 400 /keys/keyfile
chown 999:999 /keys/keyfile
