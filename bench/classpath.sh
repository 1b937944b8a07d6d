# Sourced by the bench scripts: picks the JDK, compiles, and sets BENCH_CP to a snapshot of the
# compiled classes (so that rebuilding while a long benchmark runs cannot change it under its feet).
. .mvn/select-jdk.sh
if [ -z "${BENCH_CP:-}" ]; then
  # The plugin by its full coordinates: offline, a bare "dependency:" prefix needs plugin-group
  # metadata that a fresh machine's local repository may not have.
  classpath_goal="org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath"
  ./mvnw -q -o test-compile "$classpath_goal" -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test \
    || ./mvnw -q test-compile "$classpath_goal" -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
  snapshot="target/bench-classes/$$"
  mkdir -p "$snapshot"
  cp -r target/classes "$snapshot/classes"
  cp -r target/test-classes "$snapshot/test-classes"
  BENCH_CP="$snapshot/test-classes:$snapshot/classes:$(cat target/test-classpath.txt)"
  export BENCH_CP
fi
