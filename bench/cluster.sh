#!/usr/bin/env bash
# Two servers of a cluster behind HAProxy on this machine (throw-away PostgreSQL from the machine's
# packages, two production jars with sammen.cluster=true, Debian's HAProxy with docs/deploy/haproxy.cfg),
# protocol clients split across them. Arguments: client counts (default 20,100,200), edits per count (200).
# Figures to target/bench/cluster.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash src/test/scripts/ensure-test-tools.sh
. bench/classpath.sh
[ -n "${SAMMEN_JAR:-}" ] || { ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package; }
SAMMEN_JAR="${SAMMEN_JAR:-$(ls target/sammen-*.jar | head -1)}"
"$JAVA_HOME/bin/java" -cp "$BENCH_CP" dk.sammen.bench.ClusterBench "${1:-20,100,200}" "${2:-200}" "$SAMMEN_JAR"
