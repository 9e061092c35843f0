#!/usr/bin/env bash
# Audience measurement cost: page throughput with the measurement on against off, in the same run of the
# portal (bench/audience.lua, wrk on loopback). "Off" sends Sec-GPC: 1, which the measurement filter honours
# before doing anything else; "on" is a browser's request, classified, hashed and written in batches.
# Rounds alternate on and off so that the load of a shared machine weighs on both alike.
# Usage: bench/audience.sh [rounds, default 5] [seconds per round, default 20] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rounds="${1:-5}"
seconds="${2:-20}"
connections="${3:-32}"
port="${AUDIENCE_PORT:-18490}"
bench_require wrk
bench_work audience
bench_start "$port"
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
