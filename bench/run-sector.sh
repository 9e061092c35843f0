#!/usr/bin/env bash
# Carte scolaire benchmarks: accuracy on addresses built from the official file, and latency (JMH).
# Usage: bench/run-sector.sh [quality|latency|all] [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk25.sh
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
