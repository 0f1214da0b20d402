#!/usr/bin/env bash
# Heap per live session and cold start of the packaged portal (README, "Benchmark"). Packages nothing: run
# `./portal -B -q -DskipTests package` first.
#
#   scripts/session-heap.sh [--sessions N] [--starts K] [--tabs open|closed|both] [--heap-opts "JVM OPTIONS"]
#                           [--jar PATH] [--port P] [--skip-heap] [--skip-start]
#
# 1. Cold start: K times (default 3) the portal starts on a fresh data folder (demo profile); the time from `java -jar`
#    to the first 200 of /login. Measured the way `./portal run` and the Docker image start it (`./portal prepare`:
#    the jar unpacked, with its ahead-of-time class cache on Java 25+) and, for comparison, as the plain jar.
#    Prints `cold start to login: min / median / max s`.
# 2. Heap: the jar on a fresh data folder with -Xmx1g and a 60-minute session timeout; once the demo register is
#    loaded, scripts/session-heap/session_heap.sh signs N real Chromium sessions in (default 40) as `viewer`, opens
#    /assessments, scrolls the grid and measures the live heap after a full GC, first with the tabs left open, then
#    with N more sessions whose tabs are closed. Prints `heap per session (tabs open): X KB`, `(tabs closed)` and the
#    classes that grew most. --tabs measures only one of the two; --heap-opts replaces -Xmx1g (e.g. to measure
#    with the options of ./portal run: --heap-opts "-Xmx1g -XX:+UseG1GC -XX:+UseStringDeduplication").
# Needs Debian's chromium, node and playwright-core (NODE_PATH; otherwise installed from the npm registry into
# target/session-heap-node). Raw output of each run: target/session-heap/.
set -euo pipefail
cd "$(dirname "$0")/.."

SESSIONS=40 STARTS=3 JAR=target/compliance-portal.jar PORT=18090 HEAP=1 START=1 TABS=both HEAP_OPTS=-Xmx1g
while [ $# -gt 0 ]; do
  case "$1" in
    --sessions) SESSIONS=$2; shift 2 ;;
    --starts) STARTS=$2; shift 2 ;;
    --tabs) TABS=$2; shift 2 ;;
    --heap-opts) HEAP_OPTS=$2; shift 2 ;;
    --jar) JAR=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --skip-heap) HEAP=0; shift ;;
    --skip-start) START=0; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -f "$JAR" ] || { echo "no $JAR: build it first with ./portal -B -q -DskipTests package" >&2; exit 2; }

OUT=$PWD/target/session-heap
rm -rf "$OUT"; mkdir -p "$OUT"
PORTAL_PID=
stop_portal() {
  if [ -n "$PORTAL_PID" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}
trap stop_portal EXIT

# The java of the JDK that ./portal selects, found once so that its search of the installed JDKs (about 0.7 s) is not
# counted in each start.
JAVA=$(./portal java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')/bin/java
[ -x "$JAVA" ] || { echo "no JDK found by ./portal" >&2; exit 2; }
# Starts a jar on a fresh data folder with the portal's own JDK; $1 = log file, $2 = jar, the rest = JVM options.
start_portal() {
  local log=$1 jar=$2; shift 2
  local data; data=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
  "$JAVA" "$@" -jar "$jar" --spring.profiles.active=demo --server.port="$PORT" \
      --portal.data-dir="$data" --server.servlet.session.timeout=60m >"$log" 2>&1 &
  PORTAL_PID=$!
}
# Waits for the first 200 of /login; prints the milliseconds since $1 (epoch ms).
wait_for_login() {
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/login" 2>/dev/null; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { echo "the portal ended before serving /login" >&2; return 1; }
    sleep 0.05
  done
  echo $(( $(date +%s%3N) - $1 ))
}

if [ "$START" = 1 ]; then
  # `./portal prepare` prints the java command line it prepared, ending in "-jar target/app/compliance-portal.jar".
  read -r -a prepared <<<"$(./portal prepare | tail -1)"
  app_jar=${prepared[${#prepared[@]}-1]}
  app_opts=("${prepared[@]:1:${#prepared[@]}-3}")
  for variant in prepared jar; do
    times=()
    for i in $(seq 1 "$STARTS"); do
      t0=$(date +%s%3N)
      if [ "$variant" = prepared ]; then
        start_portal "$OUT/start-$variant-$i.log" "$app_jar" "${app_opts[@]}"
      else
        start_portal "$OUT/start-$variant-$i.log" "$JAR"
      fi
      ms=$(wait_for_login "$t0")
      times+=("$ms")
      echo "start $i ($variant): $ms ms"
      stop_portal
    done
    label="cold start to login"
    [ "$variant" = jar ] && label="cold start to login, plain jar (java -jar target/compliance-portal.jar)"
    printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{ v[NR] = $1 } END {
      printf "%s: %.1f / %.1f / %.1f s (min / median / max of %d)\n",
        l, v[1] / 1000, v[int((NR + 1) / 2)] / 1000, v[NR] / 1000, NR }'
  done
fi

if [ "$HEAP" = 1 ]; then
  if [ -z "${NODE_PATH:-}" ]; then
    for d in /tmp/pw/node_modules target/session-heap-node/node_modules; do
      [ -d "$d/playwright-core" ] && NODE_PATH=$(cd "$d" && pwd) && break
    done
  fi
  if [ -z "${NODE_PATH:-}" ]; then
    npm install --silent --no-audit --no-fund --prefix target/session-heap-node playwright-core@1.56.1 >&2
    NODE_PATH=$PWD/target/session-heap-node/node_modules
  fi
  export NODE_PATH
  t0=$(date +%s%3N)
  # shellcheck disable=SC2086
  start_portal "$OUT/portal.log" "$JAR" $HEAP_OPTS
  wait_for_login "$t0" >/dev/null
  # The demo register is written after start-up; measure once it is complete.
  until grep -q "Demo register loaded" "$OUT/portal.log"; do sleep 0.5; done
  kinds=(open closed); [ "$TABS" != both ] && kinds=("$TABS")
  for tabs in "${kinds[@]}"; do
    scripts/session-heap/session_heap.sh --pid "$PORTAL_PID" --base "http://127.0.0.1:$PORT" \
        --user viewer --password viewer --route /assessments --sessions "$SESSIONS" --tabs "$tabs" \
        --top 15 --out "$OUT/$tabs" --label "tabs $tabs" >"$OUT/$tabs.txt" 2>&1 || true
    sed -n '/^classes that grew most/,/^  \.\.\. of them/p' "$OUT/$tabs.txt" | sed '$d'
    grep -E '^(WARNING|sessions:)' "$OUT/$tabs.txt" || true
    per=$(sed -n 's/^heap per session: \([0-9-]*\) KB.*/\1/p' "$OUT/$tabs.txt")
    echo "heap per session (tabs $tabs): ${per:-?} KB (N=$SESSIONS)"
  done
fi
