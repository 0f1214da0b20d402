#!/usr/bin/env bash
# Builds the Docker image with Debian's podman and starts it against a throwaway PostgreSQL on 127.0.0.1: health UP,
# login page served, the database migrated by the container. Installs podman, runc and postgresql when missing.
# Where no container registry is reachable, the two eclipse-temurin base images are stood in for by one image made
# here from Debian (debootstrap) and this machine's own JDK 21+ (same layout: /opt/java/openjdk); the check says so.
#   scripts/container-check.sh      (PORTAL_PG_PORT=15433, PORTAL_CONTAINER_PORT=18090 change the ports)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT=${PORTAL_PG_PORT:-15433}
PORT=${PORTAL_CONTAINER_PORT:-18090}
say() { printf '[container-check] %s\n' "$*"; }

missing=()
command -v podman >/dev/null 2>&1 || missing+=(podman)
command -v runc >/dev/null 2>&1 || missing+=(runc)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

WORK=$(mktemp -d /tmp/portal-container-check.XXXXXX)
chmod 755 "$WORK"
cleanup() {
  set +e
  podman rm -f portal-check >/dev/null 2>&1
  [ -d "$WORK/pg" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Machines whose cgroups crun cannot use, and whose limits are below podman's defaults, run containers with runc: a
# build with the machine's open-file limit, a container with all of the machine's limits.
cat >"$WORK/build.conf" <<CONF
[containers]
default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)"]
[engine]
runtime = "runc"
CONF
cat >"$WORK/run.conf" <<CONF
[containers]
default_ulimits = []
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF="$WORK/run.conf"

stand_in=""
if ! podman image exists docker.io/library/eclipse-temurin:25-jre \
    && ! timeout 60 podman pull -q docker.io/library/eclipse-temurin:25-jre >/dev/null 2>&1; then
  jdk=$(./portal java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
  say "no registry reachable: standing in for eclipse-temurin with Debian and $jdk"
  command -v debootstrap >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  debootstrap --variant=minbase bookworm "$WORK/rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log"
  mkdir -p "$WORK/rootfs/opt/java" "$WORK/rootfs/etc/ssl/certs"
  cp -aL "$jdk" "$WORK/rootfs/opt/java/openjdk"
  cp -L /etc/ssl/certs/ca-certificates.crt "$WORK/rootfs/etc/ssl/certs/"
  tar -C "$WORK/rootfs" -c . | podman import -q --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    - localhost/temurin-stand-in:latest >/dev/null
  podman tag localhost/temurin-stand-in:latest docker.io/library/eclipse-temurin:21-jdk \
    docker.io/library/eclipse-temurin:25-jre
fi
same_image() { [ "$(podman image inspect -f '{{.Id}}' "$1" 2>/dev/null)" = "$(podman image inspect -f '{{.Id}}' "$2" 2>/dev/null)" ]; }
if podman image exists localhost/temurin-stand-in:latest \
    && same_image localhost/temurin-stand-in:latest docker.io/library/eclipse-temurin:25-jre; then
  stand_in=" (on stand-in base images made here from Debian and $(podman run --rm --ulimit host localhost/temurin-stand-in:latest \
    java -version 2>&1 | sed -n 1p))"
fi

say "building the image$stand_in"
CONTAINERS_CONF="$WORK/build.conf" podman build --network host -q -t compliance-portal . >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }

say "PostgreSQL on 127.0.0.1:$PG_PORT"
mkdir -p "$WORK/pg" "$WORK/pg-socket"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg" "$WORK/pg-socket"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg-socket/postgres.log" -w \
  -o "-p $PG_PORT -k $WORK/pg-socket -c listen_addresses=127.0.0.1" start >/dev/null
password=$(openssl rand -hex 16)
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE portal LOGIN PASSWORD '$password'" -c "CREATE DATABASE portal OWNER portal" >/dev/null

say "starting the image (prod,postgres) on 127.0.0.1:$PORT"
podman run -d --name portal-check --network host --ulimit host \
  -e SPRING_PROFILES_ACTIVE=prod,postgres -e PORT="$PORT" -e SERVER_ADDRESS=127.0.0.1 \
  -e PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal" -e PORTAL_DB_USER=portal \
  -e PORTAL_DB_PASSWORD="$password" -e PORTAL_MASTER_KEY="$(openssl rand -base64 32)" \
  -e PORTAL_ADMIN_USERNAME=admin -e PORTAL_ADMIN_PASSWORD="$(openssl rand -hex 16)" \
  -e PORTAL_SECURE_COOKIE=false compliance-portal >/dev/null
ok=""
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then ok=1; break; fi
  sleep 1
done
if [ -z "$ok" ]; then
  say "the container did not become healthy; its log:"; podman logs --tail 40 portal-check; exit 1
fi
login=$(curl -fsS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")
tables=$("$PG_BIN/psql" -qtA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d portal \
  -c "SELECT COUNT(*) FROM flyway_schema_history WHERE success")
user=$(podman exec portal-check id -un)
say "proved$stand_in:"
say "  the image builds and starts in the prod and postgres profiles as user '$user'"
say "  /actuator/health is UP and /login answers $login"
say "  the container migrated PostgreSQL: $tables migrations in flyway_schema_history"
[ "$login" = 200 ] && [ "$user" != root ]
