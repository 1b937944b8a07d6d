#!/usr/bin/env bash
# Notifications end to end: 200 disagreements raised, each telling five people (1 000 notices and mails through a
# real SMTP server), the same during a 60 s SMTP outage, and the morning round's reminders.
# Arguments: flags (200), outage seconds (60). Figures to target/bench/notifications.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
"$JAVA_HOME/bin/java" -Xmx2g -cp "$BENCH_CP" dk.sammen.bench.NotificationBench "$@"
