#!/usr/bin/env bash
# Two portal instances sharing one PostgreSQL behind nginx with sticky sessions, on this machine (127.0.0.1 only),
# and a check in real Chromium sessions through the proxy of what that set-up promises (README, "Running more than
# one instance"). Installs Debian's nginx and postgresql when they are missing, builds the portal, starts a throwaway
# PostgreSQL cluster, instance A, then instance B, then nginx, runs the check, and stops and deletes everything.
#   scripts/two-instances.sh            ports: proxy 18080, instances 18081 and 18082, PostgreSQL 15432
#   PORTAL_PROXY_PORT=... PORTAL_A_PORT=... PORTAL_B_PORT=... PORTAL_PG_PORT=... change them; KEEP=1 leaves the
#   set-up running after the check until Ctrl+C (then open http://127.0.0.1:18080).
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_PORT=${PORTAL_PROXY_PORT:-18080}
A_PORT=${PORTAL_A_PORT:-18081}
B_PORT=${PORTAL_B_PORT:-18082}
PG_PORT=${PORTAL_PG_PORT:-15432}
WAIT_SECONDS=180

say() { printf '[two-instances] %s\n' "$*"; }

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

WORK=$(mktemp -d /tmp/portal-two-instances.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$WORK/nginx/nginx.pid" ] && "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null
  [ -d "$WORK/pg" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: its cluster belongs to the postgres user when this script runs as root.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

wait_for() { # description, command...
  local what=$1; shift
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  say "gave up waiting for $what"; return 1
}

say "building the portal"
./portal -B -q -DskipTests package >/dev/null

say "PostgreSQL on 127.0.0.1:$PG_PORT"
mkdir -p "$WORK/pg" "$WORK/pg-socket"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg" "$WORK/pg-socket"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 >"$WORK/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg-socket/postgres.log" -w \
  -o "-p $PG_PORT -k $WORK/pg-socket -c listen_addresses=127.0.0.1" start >/dev/null
DB_PASSWORD=$(openssl rand -hex 16)
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE portal LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE portal OWNER portal" >/dev/null

export PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal"
export PORTAL_DB_USER=portal
export PORTAL_DB_PASSWORD=$DB_PASSWORD
# Every instance must open the keys the others stored: one master key for all.
PORTAL_MASTER_KEY=$(openssl rand -base64 32)
export PORTAL_MASTER_KEY
export PORTAL_SECURITY_TRUSTED_PROXIES='127\.0\.0\.1'

start_instance() { # name port
  mkdir -p "$WORK/$1"
  ./portal java -XX:+UseG1GC -Xmx512m -jar target/compliance-portal.jar --spring.profiles.active=demo,postgres \
    --server.port="$2" --server.address=127.0.0.1 --portal.data-dir="$WORK/$1" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  echo $! >"$WORK/$1.pid"
  wait_for "instance $1 on port $2" curl -fsS "http://127.0.0.1:$2/actuator/health"
}

say "instance A on 127.0.0.1:$A_PORT (migrates the database and writes the demo data)"
start_instance a "$A_PORT"
wait_for "the demo register of instance A" grep -q "Demo register loaded" "$WORK/a.log"
say "instance B on 127.0.0.1:$B_PORT"
start_instance b "$B_PORT"

say "nginx on 127.0.0.1:$PROXY_PORT"
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
sed -e "s/@PROXY_PORT@/$PROXY_PORT/g" -e "s/@A_PORT@/$A_PORT/g" -e "s/@B_PORT@/$B_PORT/g" \
  -e "s#@WORK@#$WORK/nginx#g" scripts/two-instances-nginx.conf >"$WORK/nginx/nginx.conf"
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
wait_for "nginx" curl -fsS "http://127.0.0.1:$PROXY_PORT/actuator/health"

say "checking through the proxy in Chromium"
status=0
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 ./portal -B -q -DskipTests test-compile exec:java@two-instances -Dcluster.url="http://127.0.0.1:$PROXY_PORT" \
  -Dcluster.stop-a="$(cat "$WORK/a.pid")" || status=$?
if [ "$status" != 0 ]; then
  say "the check failed; the last lines of each instance's log:"
  tail -n 20 "$WORK/a.log" "$WORK/b.log"
fi
if [ "${KEEP:-0}" = 1 ]; then
  say "left running (instance A was stopped by the check): http://127.0.0.1:$PROXY_PORT; Ctrl+C ends it"
  while true; do sleep 3600; done
fi
exit "$status"
