#!/usr/bin/env bash
# Installs Node.js 24 and npm into .node/ at the repository root, from the npm registry, in the layout
# that vaadin-maven-plugin expects (bin/node, bin/npm, lib/node_modules/npm). Prints the bin folder.
# Only needed to rebuild the frontend bundle (see README, "Frontend bundle"). Safe to run again.
#   scripts/node24.sh && ./portal -Dvaadin.node.folder="$PWD/.node/bin" -DskipTests clean package
set -euo pipefail

NODE_VERSION=${NODE_VERSION:-24.17.0}
NPM_VERSION=${NPM_VERSION:-11.13.0}

root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/.node"

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "node24.sh: unsupported processor $(uname -m)" >&2; exit 1 ;;
esac

installed_version() { "$target/bin/$1" --version 2>/dev/null | sed 's/^v//' || true; }

if [ "$(installed_version node)" = "$NODE_VERSION" ] && [ "$(installed_version npm)" = "$NPM_VERSION" ]; then
  echo "$target/bin"
  exit 0
fi

command -v npm >/dev/null || { echo "node24.sh: needs an npm (any version) on the PATH to fetch Node $NODE_VERSION" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-$arch@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)

rm -rf "$target"
mkdir -p "$target/bin" "$target/lib/node_modules/npm"
tar -xzf "$work/node-linux-$arch-$NODE_VERSION.tgz" -C "$work"
mv "$work/package/bin/node" "$target/bin/node"
rm -rf "$work/package"
tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$target/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
chmod +x "$target/bin/node" "$target/lib/node_modules/npm/bin/npm-cli.js" "$target/lib/node_modules/npm/bin/npx-cli.js"

[ "$(installed_version node)" = "$NODE_VERSION" ] || { echo "node24.sh: $target/bin/node does not run" >&2; exit 1; }
echo "$target/bin"
