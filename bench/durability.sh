#!/usr/bin/env bash
# Durability benchmark: SIGKILL the application at random moments while it saves edits, restart,
# and check that every edit acknowledged as saved is there (default 20 kills; pass another number).
# A second argument "h2-default-write-delay" repeats it with H2's default delayed writes, for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
"$JAVA_HOME/bin/java" -cp "$BENCH_CP" dk.sammen.bench.DurabilityBench "${1:-20}" "${2:-configured}"
