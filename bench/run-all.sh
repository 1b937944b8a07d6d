#!/usr/bin/env bash
# Runs every benchmark and writes docs/BENCHMARKS.md with the figures, the machine and the date.
# Takes 20–30 minutes on a 2-core machine. WITH_BEFORE=1 also repeats the durability run with
# H2's default delayed writes (the "before" of that fix, 5 more minutes).
# The correctness checks fail the run (lost edits, silent losses, server errors, cross-scoping
# reads); timings never do.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
. bench/classpath.sh
rm -rf target/bench && mkdir -p target/bench
bash src/test/scripts/ensure-test-tools.sh
./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package
SAMMEN_JAR="$(ls target/sammen-*.jar | head -1)"
export SAMMEN_JAR

echo "== 1 and 3: edit-to-peer and own round trip in real browsers"
bash bench/browsers.sh 2,5,10 200
echo "== 2: fan-out on the server"
bash bench/fanout.sh 2,50,100,200,400,800 200 50x10
echo "== 2: the same over the real protocol, from a separate process"
bash bench/protocol.sh 10,50,100,200,500,2000x100,w10+40 200
echo "== 13: a live workshop in real browsers"
bash bench/workshop.sh 32 40 8 30
echo "== 5: durability under SIGKILL"
bash bench/durability.sh 20
if [ "${WITH_BEFORE:-0}" = "1" ]; then bash bench/durability.sh 20 h2-default-write-delay; fi
echo "== 9: a new organisation: import, search, single sign-on, mail"
bash bench/onboarding.sh 5000 20 1000 60
echo "== 10: notifications: 1 000 notices and mails, an SMTP outage, the morning round"
bash bench/notifications.sh 200 60
echo "== 11: SQL statements per saved answer"
bash bench/sql-per-save.sh 200
echo "== 12: several servers behind HAProxy"
bash bench/cluster.sh 20,100,200 200
echo "== 4: charter render and sign"
bash bench/charter.sh 100
echo "== 6, 7, 8: concurrent writers, faults, bad input"
./mvnw -q -o test -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='ConcurrentWritersTest,DatabaseOutageTest,BadInputFuzzTest,FormFuzzTest,LiveInTheBrowserTest' \
  -Dsammen.writers.seconds=60 -Dsammen.outage.seconds=30 -Dsammen.offline.seconds=10

"$JAVA_HOME/bin/java" -cp "$BENCH_CP" dk.sammen.bench.BenchmarksPage bench/BENCHMARKS.template.md target/bench docs/BENCHMARKS.md \
  "$(( ($(date +%s) - started + 59) / 60 ))"
