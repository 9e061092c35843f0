#!/usr/bin/env bash
# Soak: the portal from the built jar on a fresh embedded PostgreSQL, 256 connections for 5 minutes on a
# mix of pages, feeds and API calls (bench/soak.lua, wrk). Prints errors, p99 and the heap after a
# forced GC before and after; exits non-zero on any error or a heap that grew. Not part of CI.
# Usage: bench/soak.sh [duration, default 5m] [connections, default 256]   (needs the Debian package wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
duration="${1:-5m}"
connections="${2:-256}"
port="${SOAK_PORT:-18480}"
out=target/soak
mkdir -p "$out"
bench_require wrk
bench_work soak
BENCH_LOG_TO="$out"
# The API rate limit protects a real portal from one client; here one client is the whole load.
bench_start "$port" --portail.api.limite.par-minute=100000000 --portail.api.limite.rafale=100000000

heap_after_gc() {
  jcmd "$pid" GC.run >/dev/null
  # "garbage-first heap   total reserved …, committed …, used 123456K" → used, in KiB
  jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'
}

# Every path of the mix answers 2xx/3xx when alone, or the soak's figures mean nothing.
for path in $(grep -oE '"/[^"]*"' bench/soak.lua | tr -d '"'); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  case "$code" in 2??|3??) ;; *) echo "FAILED: $path answers $code alone" >&2; exit 1 ;; esac
done
echo "Warm-up (30 s, $connections connections)…"
wrk -t2 -c"$connections" -d30s -s bench/soak.lua "$base" >/dev/null
before=$(heap_after_gc)
echo "Heap used after GC, before the soak: $((before / 1024)) MiB"
echo "Soak ($duration, $connections connections)…"
from=$(( $(wc -l < "$work/portal.log") + 1 ))
wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s bench/soak.lua "$base" | tee "$out/wrk.txt"
# Where the time went, path by path, inside the portal (its request log); wrk's timeouts that are not
# there waited before reaching it.
bench/soak-paths.sh "$work/portal.log" "$from" | tee "$out/paths.txt" | sed -n '1,11p;$p'
# Requests still queued when wrk stops are not garbage yet: wait until the portal answers promptly again.
for _ in $(seq 1 120); do
  t=$(curl -s -o /dev/null -w '%{time_total}' "$base/readyz" || echo 9)
  awk -v t="$t" 'BEGIN { exit !(t < 0.5) }' && break
  sleep 1
done
after=$(heap_after_gc)
echo "Heap used after GC, after the soak:  $((after / 1024)) MiB"
summary=$(grep '^SOAK requests' "$out/wrk.txt")
errors=$(echo "$summary" | awk '{for(i=1;i<=NF;i++){split($i,a,"="); if(a[1]=="4xx"||a[1]=="5xx"||a[1]=="socket_errors"||a[1]=="timeouts") s+=a[2]}} END{print s+0}')
growth=$(( (after - before) / 1024 ))
echo "SOAK RESULT errors=$errors heap_before_mib=$((before / 1024)) heap_after_mib=$((after / 1024)) growth_mib=$growth"
status=0
[ "$errors" -eq 0 ] || { echo "FAILED: $errors error(s)"; status=1; }
# Flat: the live set after a full GC grows by less than 10 % (caches are bounded and were filled in the warm-up).
[ $((after * 10)) -le $((before * 11)) ] || { echo "FAILED: heap after GC grew by $growth MiB"; status=1; }
echo "Exceptions in the portal's log (cause, count):"
grep -oE '^[a-z][A-Za-z0-9_.]+(Exception|Error)(: [^(]{0,80})?' "$work/portal.log" | sed -E 's/[0-9]+ms/Nms/' | sort | uniq -c | sort -rn | head -10 || true
exit $status
