# Sourced by .ci/run and bench/*.sh: exports JAVA_HOME for a JDK 25 (the default java may be older),
# taking JAVA_HOME if it is one, else the first JDK 25 of the system's JVM directory.
is_jdk25() { [ -x "$1/bin/javac" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "25'; }
if [ -z "${JAVA_HOME:-}" ] || ! is_jdk25 "$JAVA_HOME"; then
  JAVA_HOME=""
  for dir in /usr/lib/jvm/*; do
    if is_jdk25 "$dir"; then JAVA_HOME="$dir"; break; fi
  done
fi
if [ -z "$JAVA_HOME" ]; then
  echo "No JDK 25 found under /usr/lib/jvm" >&2
  exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
