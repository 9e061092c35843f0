#!/usr/bin/env bash
# Kill -9 campaign: bursts of back-office writes over HTTP (agenda events, POST + CSRF), then
# kill -9 mid-burst of the portal's JVM, or of its PostgreSQL (the postmaster and every process
# it started); the portal is started again on the same data directory and every write the
# client saw acknowledged is looked for. The goal is 0 lost. Not part of CI (minutes per round).
#
# Usage: bench/kill9.sh [rounds]        each round kills the JVM once, then PostgreSQL once
#   ROUNDS=5 PORT=18093 AFTER=100 THREADS=8 JAR=target/portail-0.1.0-SNAPSHOT.jar DATA_DIR=/tmp/x
#   AFTER: writes acknowledged in the burst before the kill. Without JAR the portal is built.
# Prints one line per kill and a total; exits 1 if a single acknowledged write is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk25.sh
rounds=${1:-${ROUNDS:-3}}
port=${PORT:-18093}
after=${AFTER:-100}
threads=${THREADS:-8}
work=$(mktemp -d /tmp/kill9.XXXXXX)
data=${DATA_DIR:-$work/postgres}
base="http://127.0.0.1:$port"
client=(python3 bench/kill9/client.py)
jar=${JAR:-}
if [ -z "$jar" ]; then
  mvn -B -q -DskipTests package
  jar=target/portail-0.1.0-SNAPSHOT.jar
fi
echo "kill -9 campaign: $rounds round(s), portal $jar, data $data, logs $work"

portal=""
start_portal() {
  "$JAVA_HOME/bin/java" -Xmx768m -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --management.server.port=0 \
    --portail.embedded-postgres.data-dir="$data" >>"$work/portal.log" 2>&1 &
  portal=$!
  local started=$SECONDS
  # Ready once the demo is loaded (runners done), not merely listening.
  until curl -fsS -o /dev/null "$base/readyz" 2>/dev/null; do
    if ! kill -0 "$portal" 2>/dev/null; then
      echo "the portal did not start again: see $work/portal.log" >&2; exit 1
    fi
    if (( SECONDS - started > 600 )); then
      echo "the portal did not answer within 10 minutes: see $work/portal.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "  portal up in $((SECONDS - started)) s (pid $portal)"
}

stop_portal() {
  kill -TERM "$portal" 2>/dev/null || return 0
  local asked=$SECONDS
  while kill -0 "$portal" 2>/dev/null; do
    if (( SECONDS - asked > 120 )); then kill -KILL "$portal"; fi
    sleep 1
  done
}
trap 'stop_portal' EXIT

acked_count() { if [ -f "$1" ]; then wc -l <"$1"; else echo 0; fi; }

# Starts a burst in the background and returns once $after of its writes are acknowledged.
burst() {
  local acked=$1 prefix=$2
  "${client[@]}" burst --base "$base" --acked "$acked" --prefix "$prefix" --threads "$threads" \
    >>"$work/bursts.log" 2>&1 &
  burster=$!
  until (( $(acked_count "$acked") >= after )); do
    if ! kill -0 "$burster" 2>/dev/null; then echo "the burst ended before the kill: see $work/bursts.log" >&2; exit 1; fi
    sleep 0.2
  done
}

check() {
  local acked=$1 what=$2 line
  # A check that could not run (portal unreachable, login refused) fails the campaign: it proves nothing.
  line=$("${client[@]}" check --base "$base" --acked "$acked") || true
  if [[ $line != *acknowledged* ]]; then
    echo "  $what: the check could not run ($line)" >&2
    exit 1
  fi
  echo "  $what: $line"
  echo "$what: $line" >>"$work/results"
}

start_portal
for round in $(seq 1 "$rounds"); do
  echo "round $round"
  acked="$work/jvm-$round.acked"
  burst "$acked" "jvm-r$round"
  kill -9 "$portal"
  wait "$burster" || true
  wait "$portal" 2>/dev/null || true
  start_portal
  check "$acked" "round $round, JVM killed"

  acked="$work/postgres-$round.acked"
  burst "$acked" "pg-r$round"
  postmaster=$(head -n 1 "$data/postmaster.pid")
  # The postmaster and every process it started (backends, checkpointer, WAL writer...), at once.
  kill -9 "$postmaster" $(ps -o pid= --ppid "$postmaster") 2>/dev/null || true
  wait "$burster" || true
  stop_portal
  start_portal
  check "$acked" "round $round, PostgreSQL killed"
done

awk '{ seen = 0; for (i = 1; i <= NF; i++) { if ($i == "acknowledged") { a += $(i + 1); seen = 1 } if ($i == "lost") l += $(i + 1) }
       if (!seen) bad++ }
     END { printf "TOTAL: %d kill(s), %d write(s) acknowledged, %d lost\n", NR, a, l; exit (l > 0 || bad > 0 || NR == 0) }' \
  FS='[ ,]+' "$work/results"
