#!/usr/bin/env bash
# Carte scolaire benchmarks: accuracy on addresses built from the official file, and latency (JMH).
# Usage: bench/run-sector.sh [quality|latency|all] [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
is_jdk25() { [ -x "$1/bin/javac" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "25'; }
if [ -z "${JAVA_HOME:-}" ] || ! is_jdk25 "$JAVA_HOME"; then
  for dir in /usr/lib/jvm/*; do if is_jdk25 "$dir"; then JAVA_HOME="$dir"; break; fi; done
fi
export JAVA_HOME
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
what="${1:-all}"
shift || true
if [ "$what" = quality ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$CP" fr.monenfantalecole.portail.bench.SectorQuality "$@"
fi
if [ "$what" = latency ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main 'fr.monenfantalecole.portail.bench.SectorLatency.*' \
    -f 1 -wi 3 -w 2s -i 5 -r 3s "$@"
fi
