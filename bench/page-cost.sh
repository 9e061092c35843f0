#!/usr/bin/env bash
# What one request costs the portal, measured in what the machine's load does not change: CPU time of the
# portal's process per request (utime + stime from /proc/PID/stat around a wrk run, divided by wrk's
# count), then, in a second pass under JFR (settings=profile, one recording per path), the bytes allocated
# per request (sum of the jdk.ObjectAllocationSample weights) and the top frames of the execution samples.
# Same pages as bench/pages.sh (home, a fiche, an école, the search and carte scolaire APIs), served from
# memory. The JFR allocation figure is an estimate (sampled weights, every thread of the process).
# BENCH_OUT=dir (default target/page-cost), BENCH_JAR=jar (default the built one), PAGES_PORT.
# Usage: bench/page-cost.sh [duration, default 15s] [connections, default 16]. Not part of CI.
# Then python3 bench/jfr-top.py DIR/PATH.jfr prints the hottest frames and allocation sites.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
duration="${1:-15s}"
connections="${2:-16}"
port="${PAGES_PORT:-18492}"
bench_require wrk python3
out="${BENCH_OUT:-target/page-cost}"
mkdir -p "$out"
bench_work page-cost
BENCH_LOG_TO="$out"
if [ -n "${BENCH_JAR:-}" ]; then cp "$BENCH_JAR" "$work/portail.jar"; fi
bench_start "$port" --portail.api.limite.par-minute=100000000 --portail.api.limite.rafale=100000000 \
  --portail.pages-publiques.active=true
fiche="$(curl -fs "$base/fougeres/questions/cantine" | { grep -oE 'href="/fougeres/questions/cantine/[^"/]+"' || true; } | head -1 | cut -d'"' -f2)"
[ -n "$fiche" ] || { echo "no fiche link on /fougeres/questions/cantine" >&2; exit 1; }
names=(home fiche ecole recherche carte)
paths=("/fougeres/" "$fiche" "/fougeres/ecoles/0350256N"
  "/api/v1/fougeres/recherche?q=inscription%20cantine"
  "/api/v1/fougeres/carte-scolaire?adresse=12%20rue%20de%20la%20Pinterie")

ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
requests() { awk '/requests in/ {print $1}'; }
echo "Load before: $(uptime)"
for _ in 1 2 3; do
  for p in "${paths[@]}"; do wrk -t1 -c"$connections" -d5s "$base$p" >/dev/null; done
done
printf '%-10s %10s %14s %14s %8s %10s %s\n' what requests cpu_us/req_1 cpu_us/req_2 bytes kB_alloc/req jfr
hz="$(getconf CLK_TCK)"
# CPU per request of one wrk run on URL: "requests µs/request"
cpu_per_request() {
  local before after n
  before="$(ticks)"
  n="$(wrk -t1 -c"$connections" -d"$duration" "$1" | requests)"
  after="$(ticks)"
  echo "$n $(awk -v a="$after" -v b="$before" -v n="$n" -v hz="$hz" 'BEGIN { printf "%.1f", (a - b) * 1e6 / hz / n }')"
}
# Each path measured twice (the first run of a path after the others may still pay for the JIT), then once
# more under JFR.
for i in "${!names[@]}"; do
  url="$base${paths[$i]}"
  size="$(curl -fs "$url" | wc -c)"
  read -r _ cpu1 < <(cpu_per_request "$url")
  read -r n cpu2 < <(cpu_per_request "$url")
  jcmd "$pid" JFR.start name="${names[$i]}" settings=profile >/dev/null
  m="$(wrk -t1 -c"$connections" -d"$duration" "$url" | requests)"
  jcmd "$pid" JFR.stop name="${names[$i]}" filename="$PWD/$out/${names[$i]}.jfr" >/dev/null
  alloc="$(jfr print --json --events jdk.ObjectAllocationSample "$out/${names[$i]}.jfr" \
    | python3 -c 'import json,sys; e=json.load(sys.stdin)["recording"]["events"]; print("%.1f" % (sum(x["values"]["weight"] for x in e) / 1024 / int(sys.argv[1])))' "$m")"
  printf '%-10s %10s %14s %14s %8s %10s %s\n' "${names[$i]}" "$n" "$cpu1" "$cpu2" "$size" "$alloc" "$out/${names[$i]}.jfr"
done
echo "Load after: $(uptime)"
echo "(${connections} connections, ${duration} each, 1 wrk thread; fiche = $fiche)"
