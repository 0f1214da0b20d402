#!/usr/bin/env bash
# Records the ahead-of-time class cache (JEP 514/515, Java 25 and newer) of an unpacked portal in one training start:
# the portal starts on a throwaway data folder (demo profile, a free port), serves the login page and the first UI
# request of it, and is stopped; as the JVM exits it writes the classes it loaded and linked, and the methods'
# profiles, to the cache. Every later start with -XX:AOTCache=CACHE reuses them. Used by `./portal prepare` and the
# Dockerfile. The JVM options after LOG are those the portal will run with (its heap size and collector): a cache
# recorded with others is still used, but its archived objects must then be moved at every start.
#
#   scripts/aot-cache.sh APP_JAR CACHE [LOG [JVM OPTIONS...]]
set -euo pipefail
jar=$1 cache=$2 log=${3:-/dev/null}
shift $(( $# < 3 ? $# : 3 ))
data=$(mktemp -d "${TMPDIR:-/tmp}/portal-training.XXXXXX")
trap 'rm -rf "$data"' EXIT
rm -f "$cache"
java "$@" -XX:AOTCacheOutput="$cache" -jar "$jar" --spring.profiles.active=demo --portal.data-dir="$data" \
    --server.port=0 --server.address=127.0.0.1 >"$log" 2>&1 &
pid=$!
port=
for _ in $(seq 1 1200); do
  port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" 2>/dev/null | head -1)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -n "$port" ]; then
  jar_cookies="$data/cookies"
  # The login page, then the first UI request its browser makes (the login view rendered on the server).
  curl -fsS -c "$jar_cookies" -b "$jar_cookies" -o /dev/null "http://127.0.0.1:$port/login" || true
  curl -fsS -c "$jar_cookies" -b "$jar_cookies" -o /dev/null \
      "http://127.0.0.1:$port/?v-r=init&location=login&query=" || true
fi
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [ -z "$port" ] || [ ! -s "$cache" ]; then
  rm -f "$cache"
  echo "The start-up cache could not be recorded (see $log)." >&2
  exit 1
fi
