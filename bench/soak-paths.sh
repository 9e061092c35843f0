#!/usr/bin/env bash
# Per-path latency from the portal's own request log (portail.requests: "GET /path 200 1234µs"), for
# bench/soak.sh. wrk's Lua sees every answer but not which request it answers, so the time spent
# inside the portal is read from its log, path by path: requests, p50, p99, max (ms) and how many
# took over 10 s inside the portal, slowest p99 first. A request wrk saw over 10 s that the portal
# did not spend over 10 s inside waited before reaching it (Tomcat's accept queue and threads).
# Usage: bench/soak-paths.sh portal.log [first line to read, default 1]
set -euo pipefail
log="$1"
from="${2:-1}"
tail -n +"$from" "$log" \
  | grep -aoE 'portail\.requests +: (GET|POST|HEAD) [^ ]+ [0-9]+ [0-9]+µs' \
  | awk '{ us = $NF; sub(/µs$/, "", us); print $4, us }' \
  | LC_ALL=C sort -k1,1 -k2,2n \
  | awk '
    function flush() {
      if (n == 0) return
      i50 = int((n * 50 + 99) / 100); i99 = int((n * 99 + 99) / 100)
      printf "%s %d %.1f %.1f %.1f %d\n", path, n, t[i50] / 1000, t[i99] / 1000, t[n] / 1000, over
    }
    $1 != path { flush(); path = $1; n = 0; over = 0; delete t }
    { t[++n] = $2; if ($2 > 10000000) over++ }
    END { flush() }' \
  | sort -k4,4nr \
  | awk 'BEGIN { printf "PATHS %-56s %8s %9s %9s %9s %6s\n", "path", "requests", "p50_ms", "p99_ms", "max_ms", ">10s" }
         { printf "PATHS %-56s %8d %9.1f %9.1f %9.1f %6d\n", $1, $2, $3, $4, $5, $6; total += $2; slow += $6 }
         END { printf "PATHS total=%d over_10s_inside_portal=%d\n", total, slow }'
