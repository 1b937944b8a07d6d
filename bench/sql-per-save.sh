#!/usr/bin/env bash
# SQL statements per saved text answer (issue 15): the write path of one answer, counted by kind and table.
# Arguments: saves (20), people added to the organisation first (0). Figures to target/bench/sql-per-save.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
"$JAVA_HOME/bin/java" -Xmx1g -cp "$BENCH_CP" dk.sammen.bench.SqlPerSaveBench "$@"
