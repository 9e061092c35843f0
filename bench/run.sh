#!/usr/bin/env bash
# Benchmarks: quality (search MRR@10 and recall@3; carte scolaire accuracy) and latency (JMH).
# Usage: bench/run.sh search|sector [quality|latency|all] [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk25.sh
subject="${1:?search or sector}"
what="${2:-all}"
shift 2 || shift $#
case "$subject" in
  search) quality=SearchQuality; latency=SearchLatency; jmh=(-bm sample -tu us) ;;
  sector) quality=SectorQuality; latency=SectorLatency; jmh=() ;;
  *) echo "search or sector" >&2; exit 2 ;;
esac
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
if [ "$what" = quality ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$CP" "fr.monenfantalecole.portail.bench.$quality" "$@"
fi
if [ "$what" = latency ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "fr.monenfantalecole.portail.bench.$latency.*" \
    -f 1 -wi 3 -w 2s -i 5 -r 3s "${jmh[@]}" "$@"
fi
