#!/usr/bin/env bash
# All of France on one node (issue 21, point 3). A first portal JVM starts the embedded PostgreSQL on a
# fixed port with the demo (460 national fiches); bench/national/generate.sql adds the national-scale
# data set (35,000 communes, 60,000 establishments, 5,000 collectivités with their local data, 1,000,000
# carte scolaire rules). Then a fresh node is started on that database with a 2 GiB heap and measured:
#   - start: seconds from launch to /readyz;
#   - heap: used after a full GC, once started and after the measurements;
#   - cold fiche pages: N fiche pages of random collectivités, each requested once (never rendered
#     before), one at a time: p50, p99 (target ≤ 50 ms);
#   - carte scolaire: N lookups of a random street of a random collectivité through the JSON API, one at
#     a time: p50, p99 (target ≤ 1 ms; includes the HTTP round trip on loopback);
#   - a warm fiche page of a generated collectivité and the demo's (Fougères) on the same node, wrk 64
#     connections, each against nginx serving its bytes (a ratio apart from the page tells the node from the page).
# Usage: bench/national.sh [N, default 1000]      NATIONAL_JVM_OPTS: extra flags for the measured node (e.g. JFR).
#      Needs wrk, nginx and psql (postgresql-client). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
samples="${1:-1000}"
pg_port="${NATIONAL_PG_PORT:-18560}"
holder_port=18561
node_port=18562
nginx_port=18563
bench_require wrk curl psql jcmd
out=target/national
mkdir -p "$out"
bench_work national
bench_on_exit 'cp "$work"/*.log "$out/" 2>/dev/null'
limits=(--portail.api.limite.par-minute=100000000 --portail.api.limite.rafale=100000000)

echo "Starting the database holder (embedded PostgreSQL on port $pg_port, demo data)…"
bench_launch holder "$holder_port" --portail.embedded-postgres.data-dir="$work/pg" \
  --portail.embedded-postgres.port="$pg_port" "${limits[@]}"
bench_ready "http://127.0.0.1:$holder_port" "$launched" "$work/holder.log"
echo "Generating the national data set…"
started=$SECONDS
PGPASSWORD=postgres psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -f bench/national/generate.sql \
  | tee "$out/generate.txt" | tail -4
echo "generated in $((SECONDS - started)) s"

echo "Starting the measured node (heap 2 GiB), load $(cut -d" " -f1-3 /proc/loadavg)…"
launch_ms=$(date +%s%3N)
"$JAVA_HOME/bin/java" -Xmx2g -Xms2g -XX:+UseG1GC -XX:MaxGCPauseMillis=50 ${NATIONAL_JVM_OPTS:-} -jar "$work/portail.jar" \
  --server.port="$node_port" --management.server.port=0 --portail.pages-publiques.active=true \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/postgres" \
  --spring.datasource.username=postgres --spring.datasource.password=postgres \
  --portail.carte.tuiles-url='http://127.0.0.1:9/{z}/{x}/{y}.png' "${limits[@]}" >"$work/node.log" 2>&1 &
node=$!
bench_pids+=("$node")
base="http://127.0.0.1:$node_port"
bench_ready "$base" "$node" "$work/node.log"
start_s=$(awk -v a="$launch_ms" -v b="$(date +%s%3N)" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
heap_mib() {
  jcmd "$node" GC.run >/dev/null
  jcmd "$node" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' | awk '{ printf "%d", $1 / 1024 }'
}
heap_start=$(heap_mib)
echo "Started in $start_s s; heap used after GC: $heap_start MiB"

# p50 and p99 in ms of the time_total (s) values on stdin.
percentiles() {
  sort -n | awk '{ v[NR] = $1 * 1000 } END { a = int(NR * 0.5); b = int(NR * 0.99); if (a < 1) a = 1; if (b < 1) b = 1
    printf "p50=%.2f ms p99=%.2f ms (n=%d)", v[a], v[b], NR }'
}

# The fiche pages, from a generated collectivité's sitemap; a deterministic draw of (collectivité, fiche).
fiches=($(curl -fs "$base/gen-0000/sitemap.xml" | grep -oE '/gen-0000/questions/[^/<]+/[^/<]+' | sed 's|^/gen-0000||'))
[ "${#fiches[@]}" -ge 400 ] || { echo "FAILED: only ${#fiches[@]} fiches in the sitemap" >&2; exit 1; }
echo "Cold fiche pages (${#fiches[@]} fiches × 5,000 collectivités, $samples drawn)…"
: >"$out/cold.txt"
for k in $(seq 1 "$samples"); do
  c=$(( (k * 7919) % 5000 ))
  path="/gen-$(printf %04d "$c")${fiches[$(( (k * 104729) % ${#fiches[@]} ))]}"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base$path" >>"$out/cold.txt"
done
bad=$(awk '$1 != 200' "$out/cold.txt" | wc -l)
cold=$(awk '{ print $2 }' "$out/cold.txt" | percentiles)
echo "cold fiche pages: $cold, not 200: $bad"

echo "Carte scolaire lookups ($samples drawn)…"
voies=("rue de la Gare" "rue du Moulin" "Grande Rue" "rue Pasteur" "avenue Jean Jaurès" "rue du Stade" "rue des Lilas"
  "rue Jules Ferry" "route de la Forêt" "rue de Verdun" "rue des Prés" "rue du Pont" "rue Émile Zola" "rue de Bretagne")
: >"$out/carte.txt"
for k in $(seq 1 "$samples"); do
  c=$(( (k * 7919) % 4500 ))
  adresse="$(( 1 + (k * 31) % 199 )) ${voies[$(( k % ${#voies[@]} ))]}"
  curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}\n' -G "$base/api/v1/gen-$(printf %04d "$c")/carte-scolaire" \
    --data-urlencode "adresse=$adresse" >>"$out/carte.txt"
done
bad=$(awk '$1 != 200' "$out/carte.txt" | wc -l)
carte=$(awk '{ print $2 }' "$out/carte.txt" | percentiles)
echo "carte scolaire: $carte, not 200: $bad"

echo "Warm fiche pages against nginx on the same bytes: a generated collectivité's, and the demo's (Fougères)…"
demo_fiche="$(curl -fs "$base/fougeres/questions/cantine" | { grep -oE 'href="/fougeres/questions/cantine/[^"/]+"' || true; } | head -1 | cut -d'"' -f2)"
[ -n "$demo_fiche" ] || { echo "FAILED: no fiche link on /fougeres/questions/cantine" >&2; exit 1; }
warm_names=(generated demo)
warm_paths=("/gen-1234${fiches[0]}" "$demo_fiche")
mkdir -p "$work/www"
for i in "${!warm_names[@]}"; do
  curl -fs -o "$work/www/${warm_names[$i]}" "$base${warm_paths[$i]}"
  cp "$work/www/${warm_names[$i]}" "$out/${warm_names[$i]}.html"
  # Kept in memory (PublicPages) once rendered: its ETag and "public, no-cache"; a page not kept has neither.
  echo "${warm_names[$i]}: $(curl -fs -D - -o /dev/null "$base${warm_paths[$i]}" | grep -iE '^(etag|cache-control):' | tr -d '\r' | tr '\n' ' ')"
done
chmod -R a+rX "$work/www"
bench_nginx "server { listen 127.0.0.1:$nginx_port; root $work/www; }"
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$nginx_port/demo" >/dev/null 2>&1 && break; sleep 0.1; done
warm=""
: >"$out/wrk.txt"
for i in "${!warm_names[@]}"; do
  name="${warm_names[$i]}"
  curl -fs "http://127.0.0.1:$nginx_port/$name" | cmp -s - "$work/www/$name" \
    || { echo "FAILED: nginx does not serve the same bytes for $name" >&2; exit 1; }
  wrk -t1 -c64 -d5s "$base${warm_paths[$i]}" >/dev/null
  nginx_rps=$(wrk -t1 -c64 -d15s "http://127.0.0.1:$nginx_port/$name" | tee -a "$out/wrk.txt" | awk '/Requests\/sec/ {print $2}')
  report=$(wrk -t1 -c64 -d15s --latency "$base${warm_paths[$i]}")
  echo "$report" >>"$out/wrk.txt"
  portal_rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  portal_p99=$(echo "$report" | awk '$1 == "99%" {print $2}')
  ratio=$(awk -v p="$portal_rps" -v n="$nginx_rps" 'BEGIN { printf "%.3f", p / n }')
  bytes=$(wc -c <"$work/www/$name")
  echo "warm $name fiche (${warm_paths[$i]}, $bytes bytes): portal $portal_rps req/s p99 $portal_p99, nginx $nginx_rps req/s, ratio $ratio"
  warm="$warm warm_${name}=[bytes=$bytes rps=$portal_rps p99=$portal_p99 nginx_rps=$nginx_rps ratio=$ratio]"
done
heap_end=$(heap_mib)
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "NATIONAL RESULT start_s=$start_s heap_start_mib=$heap_start heap_end_mib=$heap_end" \
  "cold_fiche=[$cold] carte=[$carte]$warm"
