#!/usr/bin/env bash
# Start-up to "ready", as a new user meets it: a fresh clone of this repository and an empty Maven cache
# (Maven itself, every dependency and Keycloak's distribution fetched from Maven Central), then
# ./run-local.sh, timed until it prints "ready"; then, stopped and started again, the warm start (nothing to
# build, Keycloak already unpacked and built). Needs the network and the local runtime's ports free.
# Figures: target/bench/start.md. BENCH_COLD_DIR keeps the clone and cache somewhere else than a temp folder.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_COLD_DIR:-$(mktemp -d)}"
mkdir -p "$src/target/bench"
rm -rf "$work/clone" "$work/m2"
git clone -q "$src" "$work/clone"
export MAVEN_USER_HOME="$work/m2"                         # mvnw keeps Maven here
# mvnw fetches Maven itself with the bootstrap mvn on PATH (or from MVNW_REPOURL when set)
export MAVEN_ARGS="-Dmaven.repo.local=$work/m2/repository" # and Maven every artifact
cd "$work/clone"

# time ./run-local.sh until "ready"; leaves it stopped
timed_start() {
  local log="$1" begin pid
  : > "$log"  # there before the first grep below
  begin=$(date +%s.%N)
  ./run-local.sh > "$log" 2>&1 &
  pid=$!
  until grep -q "is ready in" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "run-local.sh stopped; see $log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "$(date +%s.%N) - $begin" | bc
  kill -TERM "$pid"  # its shutdown hook stops everything it started
  wait "$pid" || true
}

cold=$(timed_start "$work/cold.log")
warm=$(timed_start "$work/warm.log")
{
  echo "Start-up to ready, $(date -u +%Y-%m-%dT%H:%M) on $(nproc) cores, commit $(git rev-parse --short HEAD):"
  echo
  echo "| start | seconds to ready | of which the runtime's own start |"
  echo "|---|---:|---:|"
  echo "| cold: fresh clone, empty Maven cache (build included) | ${cold%.*} | $(grep -o 'ready in [0-9]*' "$work/cold.log" | grep -o '[0-9]*') |"
  echo "| warm: second start, nothing to build | ${warm%.*} | $(grep -o 'ready in [0-9]*' "$work/warm.log" | grep -o '[0-9]*') |"
} | tee "$src/target/bench/start.md"

# into docs/performance.md, between its start markers
note="$src/docs/performance.md"
if grep -q '<!-- bench:start -->' "$note" 2>/dev/null; then
  awk -v figures="$src/target/bench/start.md" '
    /<!-- bench:start -->/ { print; while ((getline line < figures) > 0) print line; skip = 1; next }
    /<!-- \/bench:start -->/ { skip = 0 }
    !skip { print }' "$note" > "$note.new" && mv "$note.new" "$note"
fi
