#!/usr/bin/env bash
# Many clients on one canvas over the real protocol (login form, UIDL requests, push websocket) from a
# separate process, against the production jar. Arguments: client counts (default 10,50,100,200),
# edits per count (200); a count like 2000x100 is 2000 clients over 100 canvases, each with one writer
# saving every 2 s. BENCH_JAVA_OPTS passes -Dbench.* settings. Figures to target/bench/protocol.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
[ -n "${SAMMEN_JAR:-}" ] || { ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package; }
SAMMEN_JAR="${SAMMEN_JAR:-$(ls target/sammen-*.jar | head -1)}"
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$BENCH_CP" dk.sammen.bench.ProtocolLoadBench "${1:-10,50,100,200}" "${2:-200}" "$SAMMEN_JAR"
