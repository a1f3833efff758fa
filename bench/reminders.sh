#!/usr/bin/env bash
# The reminder benchmark: plans reminders for 100,000 next steps, then sends the 5,000 due now to a local
# SMTP sink, and reports planning time, mails per second and the heap. Figures: target/bench/reminders.md and
# docs/performance.md. Extra arguments go to Maven, e.g. -Dbenchmark.steps=20000 -Dbenchmark.due=2000
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -pl notification-service -am verify -Dtest=ReminderDispatchBenchmark -Dexcluded.tags=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbackbone.root="$PWD" "$@"
