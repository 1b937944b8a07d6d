#!/usr/bin/env bash
# A workshop in real browsers against the production jar: follow-the-facilitator latency (5 browsers),
# a watching browser's main-thread time per incoming change, and B browsers typing at once.
# Arguments: moves (32), changes (40), browsers typing (8), seconds typing (30), parts (follow,main,typing).
# Figures to target/bench/workshop.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
bash src/test/scripts/ensure-test-tools.sh
[ -n "${SAMMEN_JAR:-}" ] || { ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package; }
SAMMEN_JAR="${SAMMEN_JAR:-$(ls target/sammen-*.jar | head -1)}"
"$JAVA_HOME/bin/java" -cp "$BENCH_CP" dk.sammen.bench.WorkshopBench "${1:-32}" "${2:-40}" "${3:-8}" "${4:-30}" "$SAMMEN_JAR" "${5:-follow,main,typing}"
