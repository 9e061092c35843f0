# Shared by the benchmarks that run the portal from its jar (soak.sh, pages.sh, audience.sh): source it
# after `cd` to the repository. Not a script of its own.
#
#   bench_work NAME                 a fresh work directory in $work, removed on exit
#   bench_start PORT [ARG…]         copies the built jar (building it if absent) and starts it on a fresh
#                                   embedded PostgreSQL in $work, with the given extra arguments; sets $pid
#                                   and $base; returns once /readyz answers (the demo loaded)
#   bench_launch, bench_ready       the same in two steps, for several portals (bench/nodes.sh)
#   bench_on_exit COMMAND           a command to run on exit before the portal stops (e.g. stop nginx)
#   bench_nginx SERVER_BLOCKS       starts nginx (in $work/nginx) with the given server/upstream blocks
#   BENCH_LOG_TO=DIR                where the portal's log is copied on exit (optional)
source .ci/jdk25.sh
bench_exit_hooks=()
bench_pids=()
pid=""

bench_require() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 2; }
  done
}

bench_work() {
  work="$(mktemp -d "/tmp/portail-$1.XXXXXX")"
  trap bench_stop EXIT
}

bench_on_exit() {
  bench_exit_hooks+=("$1")
}

bench_stop() {
  local rc=$?
  for hook in "${bench_exit_hooks[@]}"; do eval "$hook" || true; done
  for p in "${bench_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${bench_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ -n "${BENCH_LOG_TO:-}" ] && [ -f "$work/portal.log" ]; then cp "$work/portal.log" "$BENCH_LOG_TO/" || true; fi
  rm -rf "$work"
  exit $rc
}

# The built jar (built if absent), copied into $work: a build running meanwhile rewrites target/.
bench_jar() {
  [ -f "$work/portail.jar" ] && return 0
  local jar
  jar="$(ls target/portail-*.jar 2>/dev/null | grep -v original | head -1 || true)"
  if [ -z "$jar" ]; then mvn -B -q -DskipTests package; jar="$(ls target/portail-*.jar | grep -v original | head -1)"; fi
  cp "$jar" "$work/portail.jar"
}

# bench_launch NAME PORT [ARG…]: starts one portal JVM logging to $work/NAME.log; sets $launched to its pid.
bench_launch() {
  local name="$1" port="$2"
  shift 2
  bench_jar
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$work/portail.jar" --server.port="$port" --management.server.port=0 \
    --portail.carte.tuiles-url='http://127.0.0.1:9/{z}/{x}/{y}.png' "$@" >>"$work/$name.log" 2>&1 &
  launched=$!
  bench_pids+=("$launched")
}

# bench_ready URL PID LOG: waits (5 min at most) until URL/readyz answers, failing if the JVM died.
bench_ready() {
  for _ in $(seq 1 300); do
    curl -fs "$1/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { tail -50 "$3" >&2; exit 1; }
    sleep 1
  done
  curl -fs "$1/readyz" >/dev/null
}

bench_start() {
  local port="$1"
  shift
  bench_launch portal "$port" --portail.embedded-postgres.data-dir="$work/pg" "$@"
  pid=$launched
  base="http://127.0.0.1:$port"
  bench_ready "$base" "$pid" "$work/portal.log"
}

nginx_pid=""
bench_nginx_conf() {
  mkdir -p "$work/nginx"
  cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  default_type text/html;
  $1
}
CONF
}

bench_nginx() {
  local nginx_bin
  nginx_bin="$(command -v nginx || true)"
  [ -n "$nginx_bin" ] || [ ! -x /usr/sbin/nginx ] || nginx_bin=/usr/sbin/nginx
  [ -n "$nginx_bin" ] || { echo "nginx is missing: apt-get install nginx-light (or nginx)" >&2; exit 2; }
  # nginx's workers run as an unprivileged user: they must be able to read $work (mktemp made it 0700).
  chmod 755 "$work"
  bench_nginx_conf "$1"
  "$nginx_bin" -c "$work/nginx/nginx.conf" &
  nginx_pid=$!
  bench_on_exit '[ -z "$nginx_pid" ] || kill "$nginx_pid"'
}

