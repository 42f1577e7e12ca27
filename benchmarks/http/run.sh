#!/usr/bin/env bash
# HTTP load benchmark of the mock server (issue 6), with its references, in one run:
#   cold start (mock, bare Jetty, WireMock), GET /v1/customers/{id} (mock, bare Jetty floor,
#   WireMock with and without its journal), POST /v1/customers (mock, bare Jetty + Moshi), and the
#   mock's memory over 1 000 000 requests spread over 1 000 tenants.
#
# Needs wrk (apt-get install -y wrk), java 17, python3, curl, and the built jars:
#   mvn -B -pl mock-server,benchmarks -am package -DskipTests
# Then, from anywhere:  benchmarks/http/run.sh
# Prints the Markdown result table; raw wrk outputs go to benchmarks/results/http/ (replaced).
# Takes about 11 minutes. Knobs (environment): DURATION=20s RUNS=3 COLD_RUNS=5
#   WARMUP_MIN=20 WARMUP_MAX=40 (seconds of load before the measured runs, in 5 s steps: until the
#   server's CPU time per request changed by less than 5 % in each of the last two steps)
#   RSS_POINTS="100000 500000 1000000" PIN=1 (servers on CPU 0, wrk on CPU 1; PIN=0: unpinned)
#   MOCK_ARGS="" (extra mock server options for the GET and POST phases, e.g. --no-access-log)
#   PHASES="cold get post rss" (a subset runs only those phases)
#   RSS_MOCK_ARGS="" (mock options for the memory soak, which otherwise runs with defaults only)
#   RSS_JAVA_OPTS="-Xmx256m" (JVM flags for the memory soak's mock; RSS_JAVA_OPTS=" " for the JVM's
#   defaults, which size the heap by the machine: see RESULTS.md, "The memory target")
#   RSS_POST_EVERY=1000000 (the soak creates a customer per tenant in its first round over the
#   tenants and retrieves it after that; 4 creates one every 4th round: 25 % POST, a soak of state)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
MOCK_JAR=${MOCK_JAR:-$ROOT/mock-server/target/billkit-mock-server.jar}
BENCH_JAR=${BENCH_JAR:-$ROOT/benchmarks/target/benchmarks.jar}
WIREMOCK_JAR=${WIREMOCK_JAR:-$ROOT/benchmarks/target/wiremock/wiremock-standalone.jar}
OUT=${OUT:-$ROOT/benchmarks/results/http}
DURATION=${DURATION:-20s}
WARMUP_MIN=${WARMUP_MIN:-20}
WARMUP_MAX=${WARMUP_MAX:-40}
RUNS=${RUNS:-3}
COLD_RUNS=${COLD_RUNS:-5}
RSS_POINTS=${RSS_POINTS:-100000 500000 1000000}
PIN=${PIN:-1}
MOCK_ARGS=${MOCK_ARGS:-}
PHASES=" ${PHASES:-cold get post rss} "
RSS_MOCK_ARGS=${RSS_MOCK_ARGS:-}
RSS_JAVA_OPTS=${RSS_JAVA_OPTS:--Xmx256m}
RSS_POST_EVERY=${RSS_POST_EVERY:-1000000}
KEY=sk_test_bench
PY="python3 $HERE/httpbench.py"

for f in "$MOCK_JAR" "$BENCH_JAR" "$WIREMOCK_JAR"; do
  [[ -f $f ]] || { echo "missing $f; build with: mvn -B -pl mock-server,benchmarks -am package -DskipTests" >&2; exit 2; }
done
for c in wrk java python3 curl; do
  command -v $c >/dev/null || { echo "missing $c (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
if [[ $PIN == 1 ]]; then
  SERVER_CPU=(taskset -c 0)
  WRK_CPU=(taskset -c 1)
else
  SERVER_CPU=()
  WRK_CPU=()
fi

TMP=$(mktemp -d)
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "[$(date +%T)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# start NAME CMD...: runs a server in the background (stdout to $TMP/NAME.out); sets PID.
start() {
  local name=$1
  shift
  "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" &
  PID=$!
  PIDS+=("$PID")
}

# stop PID: SIGTERM, then SIGKILL after 10 s.
stop() {
  kill -TERM "$1" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$1" 2>/dev/null || true
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

# CPU time a process has used so far (user + system, all threads), in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
CLK_TCK=$(getconf CLK_TCK)

# run_wrk FILE SERVER_PID ARGS...: one wrk run, output kept in $OUT/FILE.txt, plus the CPU time
# the server used meanwhile (a measure that another load on the machine hardly changes), appended
# as a "Server CPU seconds:" line. wrk runs in the background so that a signal to this script is
# handled at once (bash defers traps while a foreground child runs).
run_wrk() {
  local file=$1 server=$2
  shift 2
  local before
  before=$(cpu_ticks "$server")
  "${WRK_CPU[@]}" wrk -t2 -c64 --latency "$@" >"$OUT/$file.txt" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait "$pid"
  echo "Server CPU seconds: $(awk -v a="$before" -v b="$(cpu_ticks "$server")" -v t="$CLK_TCK" 'BEGIN {printf "%.2f", (b - a) / t}')" >>"$OUT/$file.txt"
  log "$file: $(grep -E 'Requests/sec|Server CPU' "$OUT/$file.txt" | tr -s ' ' | tr '\n' ' ')  load $(load)"
}

# warm_up FILE SERVER_PID ARGS...: 5 s wrk runs ($OUT/FILE-N.txt) until the server's CPU time per
# request is steady (within 5 % of the step before, twice in a row) after at least WARMUP_MIN
# seconds, or WARMUP_MAX seconds have passed. A JVM server pinned to one core compiles its hot code
# on that core too: the mock needs 30-40 s of load for it, WireMock as long, a bare Jetty handler
# about 15 s.
warm_up() {
  local file=$1 server=$2
  shift 2
  local step=0 prev=0 cur steady=0
  while ((step * 5 < WARMUP_MAX)); do
    step=$((step + 1))
    run_wrk "$file-$step" "$server" -d5s "$@"
    cur=$(awk '/requests in/ {n = $1} /Server CPU seconds/ {c = $NF} END {printf "%.0f", n ? c * 1e6 / n * 100 : 0}' "$OUT/$file-$step.txt")
    if ((prev > 0 && cur * 100 >= prev * 95 && cur * 100 <= prev * 105)); then
      steady=$((steady + 1))
    else
      steady=0
    fi
    prev=$cur
    ((step * 5 >= WARMUP_MIN && steady >= 2)) && break
  done
  echo "$file: $((step * 5)) s" >>"$OUT/warmup.txt"
}

# run_wrk_counted FILE ARGS...: like run_wrk, for mixed.lua, whose threads stop after their share of
# requests. wrk's main thread still sleeps for the whole -d, so once its worker threads are gone it
# gets the SIGINT that makes it print its summary and exit.
run_wrk_counted() {
  local file=$1
  shift
  "${WRK_CPU[@]}" wrk -t2 -c64 --latency "$@" >"$OUT/$file.txt" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  sleep 1
  while kill -0 "$pid" 2>/dev/null; do
    if [[ $(awk '/^Threads:/ {print $2}' "/proc/$pid/status" 2>/dev/null) == 1 ]]; then
      kill -INT "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  wait "$pid" || true
  log "$file: $(grep -E 'requests in|Requests/sec' "$OUT/$file.txt" | tr -s ' ' | tr '\n' ' ')  load $(load)"
}

mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/*.json "$OUT"/*.tsv
{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "pinning: $([[ $PIN == 1 ]] && echo 'GET/POST servers taskset -c 0 (so each JVM sees 1 CPU: Serial GC), wrk taskset -c 1; cold start and memory soak servers unpinned (G1)' || echo none)"
  echo "mock args (GET/POST): ${MOCK_ARGS:-none}"
  echo "load average at start: $(load)"
} >"$OUT/machine.txt"

phase() { [[ $PHASES == *" $1 "* ]]; }

# --- 1. Cold start (unpinned, as a user starts it) --------------------------------------------
if phase cold; then
log "cold start, $COLD_RUNS runs each"
mkdir -p "$TMP/wm-cold/mappings"
echo '{"request":{"method":"GET","url":"/v1/customers/cus_cold"},"response":{"status":200,"body":"{}"}}' \
  >"$TMP/wm-cold/mappings/cold.json"
$PY coldstart "$OUT/coldstart.json" "$COLD_RUNS" "$MOCK_JAR" "$BENCH_JAR" "$WIREMOCK_JAR" \
  "$TMP/wm-cold" /v1/customers/cus_cold "$KEY" &
PIDS+=("$!")
wait "$!"
fi

# --- 2. GET /v1/customers/{id} -----------------------------------------------------------------
if phase get; then
log "GET: starting the mock and creating the customer"
# shellcheck disable=SC2086
start mock "${SERVER_CPU[@]}" java -jar "$MOCK_JAR" --port 0 $MOCK_ARGS
MOCK_PID=$PID
MOCK_PORT=$($PY wait-ready "$TMP/mock.out" 60)
ID=$(curl -sf -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: bench-get-setup' -d '{"email":"a@example.com"}' \
  "http://127.0.0.1:$MOCK_PORT/v1/customers" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
GET_PATH=/v1/customers/$ID
curl -sf -D "$TMP/get.headers" -o "$TMP/customer.json" -H "Authorization: Bearer $KEY" \
  "http://127.0.0.1:$MOCK_PORT$GET_PATH"
python3 - "$TMP/get.headers" "$TMP/customer.json" "$GET_PATH" "$TMP/wm/mappings" <<'PYEOF'
import json, os, sys
headers, body, path, out = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3], sys.argv[4]
h = dict(l.split(": ", 1) for l in open(headers).read().splitlines()[1:] if ": " in l)
os.makedirs(out)
json.dump({"request": {"method": "GET", "url": path},
           "response": {"status": 200, "body": body,
                        "headers": {k: h[k] for k in ("Request-Id", "Billkit-Version", "Content-Type",
                                                      "Content-Length")}}},
          open(os.path.join(out, "customer.json"), "w"))
PYEOF

start floor "${SERVER_CPU[@]}" java -cp "$BENCH_JAR" dev.billkit.benchmarks.http.FloorGetServer \
  --port 0 --body-file "$TMP/customer.json"
FLOOR_PID=$PID
FLOOR_PORT=$($PY wait-ready "$TMP/floor.out" 60)

WM_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start wiremock "${SERVER_CPU[@]}" java -jar "$WIREMOCK_JAR" --port "$WM_PORT" --root-dir "$TMP/wm"
WM_PID=$PID
WMN_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start wiremock-nojournal "${SERVER_CPU[@]}" java -jar "$WIREMOCK_JAR" --port "$WMN_PORT" \
  --root-dir "$TMP/wm" --no-request-journal
WMN_PID=$PID
$PY wait-http "http://127.0.0.1:$WM_PORT$GET_PATH" 60
$PY wait-http "http://127.0.0.1:$WMN_PORT$GET_PATH" 60

declare -A GET_PORTS=([mock]=$MOCK_PORT [floor]=$FLOOR_PORT [wiremock]=$WM_PORT [wiremock-nojournal]=$WMN_PORT)
declare -A GET_PIDS=([mock]=$MOCK_PID [floor]=$FLOOR_PID [wiremock]=$WM_PID [wiremock-nojournal]=$WMN_PID)
GET_ORDER=(mock floor wiremock wiremock-nojournal)
for s in "${GET_ORDER[@]}"; do
  curl -si -H "Authorization: Bearer $KEY" "http://127.0.0.1:${GET_PORTS[$s]}$GET_PATH" \
    >"$OUT/response-get-$s.http"
done
for s in "${GET_ORDER[@]}"; do
  warm_up "get-$s-warmup" "${GET_PIDS[$s]}" -H "Authorization: Bearer $KEY" "http://127.0.0.1:${GET_PORTS[$s]}$GET_PATH"
done
# Rounds interleave the servers, so that a change of the machine's load hits all of them alike.
for r in $(seq "$RUNS"); do
  for s in "${GET_ORDER[@]}"; do
    run_wrk "get-$s-$r" "${GET_PIDS[$s]}" -d"$DURATION" -H "Authorization: Bearer $KEY" "http://127.0.0.1:${GET_PORTS[$s]}$GET_PATH"
  done
done
{
  echo "RSS after the GET phase: mock $(( $(rss_kb $MOCK_PID) / 1024 )) MiB, floor $(( $(rss_kb $FLOOR_PID) / 1024 )) MiB," \
    "WireMock $(( $(rss_kb $WM_PID) / 1024 )) MiB, WireMock without journal $(( $(rss_kb $WMN_PID) / 1024 )) MiB"
  echo "load average after GET: $(load)"
} >>"$OUT/machine.txt"
for p in $MOCK_PID $FLOOR_PID $WM_PID $WMN_PID; do stop "$p"; done
fi

# --- 3. POST /v1/customers, a fresh Idempotency-Key per request --------------------------------
if phase post; then
log "POST"
# shellcheck disable=SC2086
start mock-post "${SERVER_CPU[@]}" java -jar "$MOCK_JAR" --port 0 $MOCK_ARGS
MOCK_PID=$PID
MOCK_PORT=$($PY wait-ready "$TMP/mock-post.out" 60)
start floor-post "${SERVER_CPU[@]}" java -cp "$BENCH_JAR" dev.billkit.benchmarks.http.FloorPostServer --port 0
FLOOR_PID=$PID
FLOOR_PORT=$($PY wait-ready "$TMP/floor-post.out" 60)
declare -A POST_PORTS=([mock]=$MOCK_PORT [floor]=$FLOOR_PORT)
declare -A POST_PIDS=([mock]=$MOCK_PID [floor]=$FLOOR_PID)
for s in mock floor; do
  curl -si -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -H 'Idempotency-Key: bench-post-sample' -d '{"email":"a@example.com"}' \
    "http://127.0.0.1:${POST_PORTS[$s]}/v1/customers" >"$OUT/response-post-$s.http"
done
for s in mock floor; do
  warm_up "post-$s-warmup" "${POST_PIDS[$s]}" -s "$HERE/post.lua" "http://127.0.0.1:${POST_PORTS[$s]}/v1/customers" -- "$KEY"
done
for r in $(seq "$RUNS"); do
  for s in mock floor; do
    run_wrk "post-$s-$r" "${POST_PIDS[$s]}" -d"$DURATION" -s "$HERE/post.lua" "http://127.0.0.1:${POST_PORTS[$s]}/v1/customers" -- "$KEY"
  done
done
{
  echo "RSS after the POST phase: mock $(( $(rss_kb $MOCK_PID) / 1024 )) MiB, floor $(( $(rss_kb $FLOOR_PID) / 1024 )) MiB"
  echo "load average after POST: $(load)"
} >>"$OUT/machine.txt"
stop "$MOCK_PID"
stop "$FLOOR_PID"
fi

# --- 4. Memory: 1 000 000 requests over 1 000 tenants ------------------------------------------
if phase rss; then
log "memory soak: $RSS_POINTS"
# shellcheck disable=SC2086
flags=$(echo $RSS_JAVA_OPTS)
if ((RSS_POST_EVERY >= 1000)); then soak="reads soak"; else soak="a create every $RSS_POST_EVERY rounds"; fi
echo "$soak, ${flags:-JVM defaults}" >"$OUT/rss-settings.txt"
# Not pinned: on one CPU the JVM would pick the Serial collector, not the G1 a user's machine (two
# or more CPUs) gives it.
# shellcheck disable=SC2086
start mock-rss java $RSS_JAVA_OPTS -jar "$MOCK_JAR" --port 0 $RSS_MOCK_ARGS
MOCK_PID=$PID
MOCK_PORT=$($PY wait-ready "$TMP/mock-rss.out" 60)
(
  while kill -0 "$MOCK_PID" 2>/dev/null; do
    echo "$(date +%s) $(rss_kb "$MOCK_PID")"
    sleep 2
  done
) >"$OUT/rss-samples.tsv" 2>/dev/null &
PIDS+=("$!")
sent=0
for target in $RSS_POINTS; do
  n=$((target - sent))
  run_wrk_counted "rss-to-$target" -d600s -s "$HERE/mixed.lua" "http://127.0.0.1:$MOCK_PORT" -- "$n" 2 "$RSS_POST_EVERY"
  sent=$((sent + $(awk '/requests in/ {print $1}' "$OUT/rss-to-$target.txt")))
  # G1 prints one "garbage-first heap" line, Serial and Parallel one line per generation.
  heap=$(jcmd "$MOCK_PID" GC.heap_info 2>/dev/null | awk '/(heap|generation) +total/ {gsub(/K,?/, ""); for (i = 1; i <= NF; i++) {if ($i == "total") t += $(i + 1); if ($i == "used") u += $(i + 1)}} END {print u + 0, t + 0}')
  echo "~$target $sent $(rss_kb "$MOCK_PID") ${heap:-0 0}" >>"$OUT/rss-points.tsv"
done
{
  echo "mock live heap after the soak (full GC by GC.class_histogram):"
  jcmd "$MOCK_PID" GC.class_histogram 2>/dev/null | sed -n '1,3p;4,18p;$p'
  echo "RSS after that full GC: $(( $(rss_kb "$MOCK_PID") / 1024 )) MiB"
  echo "load average at the end: $(load)"
} >>"$OUT/machine.txt"
stop "$MOCK_PID"
fi

$PY report "$OUT" | tee "$OUT/summary.md"
