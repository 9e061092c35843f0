#!/usr/bin/env bash
# Audience measurement cost: page throughput with the measurement on against off, in the same run of the
# portal (bench/audience.lua, wrk on loopback). "Off" sends Sec-GPC: 1, which the measurement filter honours
# before doing anything else; "on" is a browser's request, classified, hashed and written in batches.
# Rounds alternate on and off so that the load of a shared machine weighs on both alike.
# Usage: bench/audience.sh [rounds, default 5] [seconds per round, default 20] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk25.sh
rounds="${1:-5}"
seconds="${2:-20}"
connections="${3:-32}"
port="${AUDIENCE_PORT:-18490}"
work="$(mktemp -d /tmp/portail-audience.XXXXXX)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
jar="$(ls target/portail-*.jar 2>/dev/null | grep -v original | head -1 || true)"
if [ -z "$jar" ]; then mvn -B -q -DskipTests package; jar="$(ls target/portail-*.jar | grep -v original | head -1)"; fi
cp "$jar" "$work/portail.jar"
"$JAVA_HOME/bin/java" -Xmx1g -jar "$work/portail.jar" --server.port="$port" --management.server.port=0 \
  --portail.embedded-postgres.data-dir="$work/pg" \
  --portail.carte.tuiles-url='http://127.0.0.1:9/{z}/{x}/{y}.png' >"$work/portal.log" 2>&1 &
pid=$!
stop() {
  local rc=$?
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  exit $rc
}
trap stop EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  curl -fs "$base/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/portal.log" >&2; exit 1; }
  sleep 1
done
echo "Load before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "Warm-up (20 s each way)…"
MODE=on wrk -t2 -c"$connections" -d20s -s bench/audience.lua "$base" >/dev/null
MODE=off wrk -t2 -c"$connections" -d20s -s bench/audience.lua "$base" >/dev/null
on_total=0; off_total=0
for r in $(seq 1 "$rounds"); do
  for mode in on off; do
    rps=$(MODE=$mode wrk -t2 -c"$connections" -d"${seconds}s" -s bench/audience.lua "$base" | awk '/^Requests\/sec/ {print $2}')
    echo "round $r measurement $mode: $rps pages/s"
    if [ "$mode" = on ]; then on_total=$(awk -v a="$on_total" -v b="$rps" 'BEGIN{print a+b}'); else off_total=$(awk -v a="$off_total" -v b="$rps" 'BEGIN{print a+b}'); fi
  done
done
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v on="$on_total" -v off="$off_total" -v n="$rounds" \
  'BEGIN { printf "AUDIENCE RESULT on=%.0f pages/s off=%.0f pages/s ratio=%.3f\n", on/n, off/n, on/off; exit !(on/off >= 0.95) }'
