#!/usr/bin/env bash
# Installs the pinned n8n outside the package's node_modules and caches it between runs.
# Prints the folder that holds node_modules/.bin/n8n.
set -euo pipefail
version="${N8N_VERSION:-2.8.4}"
root="${N8N_RUNTIME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-service-pack/n8n-$version}"
marker="$root/.installed"
sqlite_binding="$root/node_modules/sqlite3/build/Release/node_sqlite3.node"
if [ -f "$marker" ] && [ -x "$root/node_modules/.bin/n8n" ] && [ -f "$sqlite_binding" ]; then
  echo "$root"
  exit 0
fi
mkdir -p "$root"
cat > "$root/package.json" <<JSON
{
  "name": "n8n-runtime",
  "private": true,
  "dependencies": { "n8n": "$version" },
  "overrides": { "xlsx": "npm:@e965/xlsx@0.20.2" }
}
JSON
echo "Installing n8n $version into $root (first run only; takes several minutes)..." >&2
(
  cd "$root"
  # npm's own progress goes to stderr so callers can read the folder from stdout.
  # Run under `npm test`/`npm start`, npm hands down this project's ignore-scripts=true; n8n needs its install
  # scripts (sqlite3 is compiled by one), so they are switched back on here.
  npm_config_ignore_scripts=false npm install --ignore-scripts=false --no-audit --no-fund --loglevel=http 1>&2
)
if [ ! -f "$sqlite_binding" ]; then
  echo "n8n was installed but sqlite3 was not built ($sqlite_binding is missing); n8n cannot start without it." >&2
  exit 1
fi
touch "$marker"
echo "$root"
