#!/usr/bin/env bash
# Installs Stoplight Prism (the npm registry's @stoplight/prism-cli) into target/prism and prints the path of its
# command. The upstream contract test starts it with the vendor's own OpenAPI document
# (../shared/upstream/rise-rsc-openapi.json, copied to src/test/resources/upstream/). Needs npm (Node 18 or newer):
# the machine's own, or scripts/node24.sh's. Safe to run again.
set -euo pipefail

PRISM_VERSION=${PRISM_VERSION:-5.14.2}
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/target/prism"
prism="$target/node_modules/.bin/prism"

if [ -x "$prism" ] && [ "$("$prism" --version 2>/dev/null)" = "$PRISM_VERSION" ]; then
  echo "$prism"
  exit 0
fi
npm_command=$(command -v npm || true)
if [ -z "$npm_command" ] && [ -x "$root/.node/bin/npm" ]; then
  export PATH="$root/.node/bin:$PATH"
  npm_command="$root/.node/bin/npm"
fi
[ -n "$npm_command" ] || { echo "prism.sh: needs npm (Node 18+); scripts/node24.sh installs one" >&2; exit 1; }
mkdir -p "$target"
(cd "$target" && npm install --silent --no-audit --no-fund --no-save --prefix "$target" \
  "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null)
echo "$prism"
