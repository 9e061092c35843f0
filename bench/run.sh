#!/usr/bin/env bash
# Benchmarks: quality (search MRR@10 and recall@3; carte scolaire accuracy) and latency (JMH).
# Usage: bench/run.sh search|sector|audience [quality|latency|all] [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk25.sh
subject="${1:?search, sector or audience}"
what="${2:-all}"
shift 2 || shift $#
case "$subject" in
  search) quality=SearchQuality; latency=bench.SearchLatency; jmh=(-bm sample -tu us) ;;
  # The bare index, and the service the JSON API calls (answers kept, and a new address) in one run.
  sector) quality=SectorQuality; latency='bench.(SectorLatency|CarteScolaireLatency)'; jmh=() ;;
  # The measurement filter's cost per page against a pass-through, and the writer's per view (no quality part).
  audience) quality=""; latency=audience.AudienceFilterCost; jmh=() ;;
  *) echo "search, sector or audience" >&2; exit 2 ;;
esac
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
if [ -n "$quality" ] && { [ "$what" = quality ] || [ "$what" = all ]; }; then
  "$JAVA_HOME/bin/java" -cp "$CP" "fr.monenfantalecole.portail.bench.$quality" "$@"
fi
if [ "$what" = latency ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "fr.monenfantalecole.portail.$latency.*" \
    -f 1 -wi 3 -w 2s -i 5 -r 3s "${jmh[@]}" "$@"
fi
