#!/usr/bin/env bash
# Benchmark 4: the sample charter rendered and signed, downloaded, and a signed one-page PDF as the baseline.
# Arguments: runs after 5 warm-ups (100). Figures to target/bench/charter.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
"$JAVA_HOME/bin/java" -Xmx1g -cp "$BENCH_CP" dk.sammen.bench.CharterBench "$@"
