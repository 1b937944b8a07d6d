# Sourced by ./mvnw (POSIX sh). Vaadin 25 and this build need a JDK >= 21, but a machine's
# default `java` may be older (17 on our build machines). Keep JAVA_HOME when it already points
# at a new enough JDK; otherwise pick the newest suitable one from the usual places, or stop
# with a message that says what is missing.
sammen_required_jdk=21

sammen_jdk_major() {
  # Prints the feature version of the JDK at $1 (e.g. 17, 21, 25), or nothing.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

sammen_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(sammen_jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$sammen_required_jdk" ]; then return 0; fi
  fi
  best="" best_v=0
  on_path=""
  # mvnw runs with globbing off and the search below needs it on; put it back as it was afterwards.
  case $- in *f*) sammen_glob_was_off=true ;; *) sammen_glob_was_off=false ;; esac
  set +f
  if command -v javac >/dev/null 2>&1; then
    on_path=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for candidate in "$on_path" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
    "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    v=$(sammen_jdk_major "$candidate")
    if [ -n "$v" ] && [ "$v" -ge "$sammen_required_jdk" ] && [ "$v" -gt "$best_v" ]; then
      best="$candidate" best_v="$v"
    fi
  done
  if [ "$sammen_glob_was_off" = true ]; then set -f; fi
  if [ -z "$best" ]; then
    echo "Sammen needs a JDK $sammen_required_jdk or newer, and none was found." >&2
    echo "Looked at JAVA_HOME (${JAVA_HOME:-unset}), the javac on PATH and /usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks." >&2
    echo "Install one (for example Temurin 25) or set JAVA_HOME to it, then run the command again." >&2
    exit 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
  [ "${MVNW_VERBOSE-}" != true ] || echo "Using the JDK at $JAVA_HOME (version $best_v)" >&2
}

sammen_pick_jdk
