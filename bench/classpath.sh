# Sourced by the bench scripts: picks the JDK, compiles, and sets BENCH_CP to a snapshot of the
# compiled classes (so that rebuilding while a long benchmark runs cannot change it under its feet).
. .mvn/select-jdk.sh
if [ -z "${BENCH_CP:-}" ]; then
  ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test \
    || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
  snapshot="target/bench-classes/$$"
  mkdir -p "$snapshot"
  cp -r target/classes "$snapshot/classes"
  cp -r target/test-classes "$snapshot/test-classes"
  BENCH_CP="$snapshot/test-classes:$snapshot/classes:$(cat target/test-classpath.txt)"
  export BENCH_CP
fi
