#!/usr/bin/env bash
# Fan-out on the server: open canvas views in-process, one person saving; figures to target/bench/fanout.md.
# Arguments: view counts for one canvas (default 2,50,100,200,400,800), edits per count (200), many canvases (50x10).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
"$JAVA_HOME/bin/java" -Xmx6g -Dvaadin.productionMode=true -cp "$BENCH_CP" dk.sammen.bench.FanOutBench "$@"
