#!/usr/bin/env bash
# Audience measurement cost: page throughput with the measurement on against off, in the same run of the
# portal (bench/audience.lua, wrk on loopback). "Off" sends Sec-GPC: 1, which the measurement filter honours
# before doing anything else; "on" is a browser's request, classified, hashed and written in batches.
# Rounds come in pairs, on and off back to back, the order swapped every pair so that a load rising or
# falling on a shared machine weighs on both alike. Reported: the median of the pairs' ratios (one noisy
# round moves it little; the exit status follows it), the overall ratio (sums), and the machine time per
# page of the portal's JVM and of its PostgreSQL (the writer's inserts cost the database too).
# Usage: bench/audience.sh [pairs, default 10] [seconds per round, default 20] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rounds="${1:-10}"
seconds="${2:-20}"
connections="${3:-32}"
port="${AUDIENCE_PORT:-18490}"
bench_require wrk
bench_work audience
bench_start "$port"
ticks_per_second=$(getconf CLK_TCK)

# CPU ticks (user + system) used so far by the JVM, by PostgreSQL's postmaster and by its live children.
cpu_ticks() {
  local postmaster total=0 p
  postmaster=$(head -1 "$work/pg/postmaster.pid")
  for p in "$pid" "$postmaster" $(ps -o pid= --ppid "$postmaster"); do
    [ -r "/proc/$p/stat" ] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
jvm_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

# run MODE: one round; prints "pages/s jvm-ms-per-page pg-ms-per-page".
run() {
  local before_all before_jvm out rps requests all jvm
  before_all=$(cpu_ticks); before_jvm=$(jvm_ticks)
  out=$(MODE=$1 wrk -t2 -c"$connections" -d"${seconds}s" -s bench/audience.lua "$base")
  all=$(($(cpu_ticks) - before_all)); jvm=$(($(jvm_ticks) - before_jvm))
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  awk -v r="$rps" -v n="$requests" -v a="$all" -v j="$jvm" -v t="$ticks_per_second" \
    'BEGIN { printf "%s %.4f %.4f\n", r, j * 1000 / t / n, (a - j) * 1000 / t / n }'
}

echo "Load before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "Warm-up (20 s each way)…"
MODE=on wrk -t2 -c"$connections" -d20s -s bench/audience.lua "$base" >/dev/null
MODE=off wrk -t2 -c"$connections" -d20s -s bench/audience.lua "$base" >/dev/null
results="$work/rounds.tsv"
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then order="on off"; else order="off on"; fi
  for mode in $order; do
    read -r rps jvm pg < <(run "$mode")
    echo "pair $r measurement $mode: $rps pages/s, machine time per page: JVM $jvm ms, PostgreSQL $pg ms"
    printf '%s\t%s\t%s\t%s\t%s\n' "$r" "$mode" "$rps" "$jvm" "$pg" >>"$results"
  done
done
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -F'\t' '
  { rps[$1, $2] = $3; sum[$2] += $3; jvm[$2] += $4; pg[$2] += $5; n[$2]++; pairs = $1 }
  END {
    for (r = 1; r <= pairs; r++) ratio[r] = rps[r, "on"] / rps[r, "off"]
    # insertion sort: a handful of pairs
    for (i = 2; i <= pairs; i++) { v = ratio[i]; for (j = i - 1; j >= 1 && ratio[j] > v; j--) ratio[j + 1] = ratio[j]; ratio[j + 1] = v }
    median = pairs % 2 ? ratio[(pairs + 1) / 2] : (ratio[pairs / 2] + ratio[pairs / 2 + 1]) / 2
    printf "AUDIENCE RESULT on=%.0f pages/s off=%.0f pages/s median-pair-ratio=%.3f (min %.3f, max %.3f) overall-ratio=%.3f\n",
      sum["on"] / n["on"], sum["off"] / n["off"], median, ratio[1], ratio[pairs], sum["on"] / sum["off"]
    printf "AUDIENCE MACHINE TIME per page: on JVM %.3f ms + PostgreSQL %.3f ms; off JVM %.3f ms + PostgreSQL %.3f ms\n",
      jvm["on"] / n["on"], pg["on"] / n["on"], jvm["off"] / n["off"], pg["off"] / n["off"]
    exit !(median >= 0.95)
  }' "$results"
