#!/usr/bin/env bash
# Edit-to-peer latency and own round trip in real browsers against the production jar.
# Arguments: browser counts (default 2,5,10), edits per count (200). Figures to target/bench/browsers.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
bash src/test/scripts/ensure-test-tools.sh
[ -n "${SAMMEN_JAR:-}" ] || { ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package; }
SAMMEN_JAR="${SAMMEN_JAR:-$(ls target/sammen-*.jar | head -1)}"
"$JAVA_HOME/bin/java" -cp "$BENCH_CP" dk.sammen.bench.BrowserLatencyBench "${1:-2,5,10}" "${2:-200}" "$SAMMEN_JAR"
