#!/usr/bin/env bash
# The load benchmark: starts the system as ./run-local.sh does (data in target/bench/data, ports 8080-8084,
# 8180, 9092, 27017, 3025, 3143 must be free), measures start to ready, resident memory, and members reading
# and editing through the gateway and direct, side by side. Figures: target/bench/load.{json,md} and
# docs/performance.md. Extra arguments go to Maven, e.g. -Dbench.members=8 -Dbench.seconds=20 -Dbench.rounds=3
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -pl system-tests -am verify -Dtest=GatewayLoadBenchmark -Dbenchmark=true \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
