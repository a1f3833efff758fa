#!/usr/bin/env bash
# Runs the whole Backbone Planner on this machine, no Docker: builds what changed, then starts Kafka,
# a MongoDB wire-protocol server (or the MongoDB in MONGODB_URI), a mail server, Keycloak and the five
# services. Data stays in .data/ (or BACKBONE_DATA) between runs. Ctrl-C stops everything.
#   ./run-local.sh                    start (building first if sources changed)
#   ./run-local.sh --reset-keycloak   forget Keycloak's database so the realm file is imported again
set -euo pipefail
cd "$(dirname "$0")"

jar=local-runtime/target/local-runtime-exec.jar
stamp=target/.built
if [ ! -f "$jar" ] || [ ! -f "$stamp" ] || \
   [ -n "$(find . -path ./.data -prune -o \( -name '*.java' -o -name '*.yaml' -o -name '*.properties' -o -name 'pom.xml' -o -path './gateway/src/main/resources/*' \) -newer "$stamp" -print -quit)" ]; then
  echo "Building Backbone Planner (first run, or sources changed)..."
  ./mvnw -B -q install -DskipTests
  mkdir -p target && touch "$stamp"
fi

exec java -Dbackbone.root="$PWD" -jar "$jar" "$@"
