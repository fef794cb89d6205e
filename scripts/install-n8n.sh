#!/usr/bin/env bash
# Installs n8n outside the package, on the Node it needs, and caches it between runs.
# Prints the folder that holds run-n8n (n8n started on that Node) as its last line on stdout.
#
# N8N_VERSION: an exact release (default 2.8.4), or a line such as 2.41: the newest release of that line that the
#   registry can serve; a release whose dependencies it cannot serve is skipped, and the choice is said.
# N8N_RUNTIME_DIR: the folder to use instead of the cache (one release per folder).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-service-pack"
requested="${N8N_VERSION:-2.8.4}"
say() { echo "[install-n8n] $*" >&2; }

# `npm start`/`npm test` hand down this project's ignore-scripts=true; the steps below say per command what they run.
unset npm_config_ignore_scripts

candidates() {
  if [[ "$requested" =~ ^[0-9]+\.[0-9]+$ ]]; then
    npm view n8n versions --json | node "$here/n8n-runtime/releasesOfLine.mjs" "$requested"
  else
    echo "$requested"
  fi
}

folder_for() { echo "${N8N_RUNTIME_DIR:-$cache/n8n-$1}"; }

installed() {
  local root="$1" version="$2"
  [ -f "$root/.installed" ] && [ "$(cat "$root/.installed")" = "$version" ] && [ -x "$root/run-n8n" ] &&
    [ -f "$root/node_modules/sqlite3/build/Release/node_sqlite3.node" ]
}

# A release the registry could not serve is not tried again for a day.
unservable_marker() { echo "$cache/unservable/n8n-$1"; }
recently_unservable() { [ -n "$(find "$(unservable_marker "$1")" -mmin -1440 2>/dev/null)" ]; }

# The Node that n8n's engines field and its native modules' accept (n8n 1.123 allows Node 20, but its isolated-vm
# needs 22): this one if it fits, else the registry's node-<platform>-<arch>.
node_for() {
  local version="$1" root="$2" engines major
  engines=("$(npm view "n8n@$version" engines.node)")
  for module in sqlite3 isolated-vm; do
    [ -f "$root/node_modules/$module/package.json" ] &&
      engines+=("$(node -p "require('$root/node_modules/$module/package.json').engines?.node ?? ''")")
  done
  major="$(node "$here/n8n-runtime/nodeMajorFor.mjs" "${engines[@]}")"
  if [ "$major" = "current" ]; then
    command -v node
    return
  fi
  local platform node_root
  platform="$(node -p 'process.platform + "-" + process.arch')"
  node_root="$cache/node-$major"
  if [ ! -x "$node_root/node_modules/node-$platform/bin/node" ]; then
    say "n8n $version needs Node $major (${engines[*]}); installing node-$platform@$major into $node_root"
    mkdir -p "$node_root"
    echo '{ "private": true }' > "$node_root/package.json"
    (cd "$node_root" && npm install --ignore-scripts --no-audit --no-fund --no-save "node-$platform@$major" 1>&2)
  fi
  echo "$node_root/node_modules/node-$platform/bin/node"
}

install_release() {
  local version="$1" root="$2" node_bin node_dir
  mkdir -p "$root"
  rm -f "$root/.installed"
  cat > "$root/package.json" <<JSON
{
  "name": "n8n-runtime",
  "private": true,
  "dependencies": { "n8n": "$version" },
  "overrides": { "xlsx": "npm:@e965/xlsx@0.20.2" }
}
JSON
  say "Installing n8n $version into $root (first run only; several minutes)..."
  # Install scripts stay off: the newer lines carry packages whose scripts need what is not here (librdkafka's build
  # for @confluentinc/kafka-javascript). The native modules n8n needs are then built for the Node that runs it.
  local log="$root/install.log"
  if ! (cd "$root" && npm install --ignore-scripts --no-audit --no-fund --loglevel=http >"$log" 2>&1); then
    local missing
    missing="$(grep -m1 -oE 'No matching version found for [^ ]+|404 Not Found[^ ]* - GET [^ ]+' "$log" || true)"
    if [ -n "$missing" ]; then
      mkdir -p "$cache/unservable"
      echo "${missing%.}" > "$(unservable_marker "$version")"
      rm -rf "$root/node_modules"
      say "n8n $version cannot be installed from this registry: $(cat "$(unservable_marker "$version")")"
      return 2
    fi
    tail -20 "$log" >&2
    return 1
  fi
  node_bin="$(node_for "$version" "$root")"
  node_dir="$(cd "$(dirname "$node_bin")/.." && pwd)"
  say "Building the native modules (sqlite3, isolated-vm) for Node $("$node_bin" --version)..."
  local natives=()
  for module in sqlite3 isolated-vm; do [ -d "$root/node_modules/$module" ] && natives+=("$module"); done
  (
    cd "$root"
    PATH="$(dirname "$node_bin"):$PATH" npm_config_nodedir="$node_dir" \
      npm rebuild --ignore-scripts=false --foreground-scripts "${natives[@]}" >>"$log" 2>&1
  ) || { tail -20 "$log" >&2; return 1; }
  if [ ! -f "$root/node_modules/sqlite3/build/Release/node_sqlite3.node" ]; then
    say "sqlite3 was not built for n8n $version (see $log); n8n cannot start without it."
    return 1
  fi
  cat > "$root/run-n8n" <<SH
#!/bin/sh
# n8n $version on the Node its engines field asks for.
exec "$node_bin" "\$(dirname "\$0")/node_modules/n8n/bin/n8n" "\$@"
SH
  chmod +x "$root/run-n8n"
  echo "$version" > "$root/.installed"
}

chosen=""
for version in $(candidates); do
  root="$(folder_for "$version")"
  if installed "$root" "$version"; then chosen="$version"; break; fi
  if recently_unservable "$version"; then
    say "skipping n8n $version: the registry could not serve it today ($(cat "$(unservable_marker "$version")"))"
    continue
  fi
  status=0
  install_release "$version" "$root" || status=$?
  if [ "$status" -eq 0 ]; then chosen="$version"; break; fi
  if [ "$status" -ne 2 ]; then exit "$status"; fi
done
if [ -z "$chosen" ]; then
  say "no release of n8n $requested could be installed"
  exit 1
fi
if [ "$chosen" != "$requested" ]; then say "n8n $requested: using $chosen, the newest release that installs here"; fi
folder_for "$chosen"
