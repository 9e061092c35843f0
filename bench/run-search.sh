#!/usr/bin/env bash
# Search benchmarks: quality (MRR@10, recall@3 on the development set) and latency (JMH, p95).
# Usage: bench/run-search.sh [quality|latency|all] [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk25.sh
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
what="${1:-all}"
shift || true
if [ "$what" = quality ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$CP" fr.monenfantalecole.portail.bench.SearchQuality "$@"
fi
if [ "$what" = latency ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main 'fr.monenfantalecole.portail.bench.SearchLatency.*' \
    -f 1 -wi 3 -w 2s -i 5 -r 3s -bm sample -tu us "$@"
fi
