# Sourced by the bench scripts: picks the JDK, compiles the tests and sets BENCH_CP to their class path.
. .mvn/select-jdk.sh
if [ -z "${BENCH_CP:-}" ]; then
  ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test \
    || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
  BENCH_CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
  export BENCH_CP
fi
