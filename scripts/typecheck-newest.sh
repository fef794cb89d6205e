#!/usr/bin/env bash
# Typechecks the pack's node and credential sources against the newest n8n-workflow on the registry (or
# N8N_WORKFLOW_VERSION), apart from the pinned devDependency, so an API break in n8n shows up in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
unset npm_config_ignore_scripts
version="${N8N_WORKFLOW_VERSION:-$(npm view n8n-workflow version)}"
dir="${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-service-pack/n8n-workflow-$version"
if [ ! -f "$dir/node_modules/n8n-workflow/package.json" ]; then
  mkdir -p "$dir"
  echo '{ "private": true }' > "$dir/package.json"
  (cd "$dir" && npm install --ignore-scripts --no-audit --no-fund --no-save "n8n-workflow@$version" >/dev/null)
fi
config="$(mktemp --suffix=.json -p .)"
trap 'rm -f "$config"' EXIT
# `paths` sends every `import 'n8n-workflow'` of the sources to that copy; the rest resolves as usual.
cat > "$config" <<JSON
{
  "extends": "./tsconfig.build.json",
  "compilerOptions": { "noEmit": true, "baseUrl": ".", "paths": { "n8n-workflow": ["$dir/node_modules/n8n-workflow"] } }
}
JSON
echo "Typechecking nodes/ and credentials/ against n8n-workflow $version"
npx tsc -p "$config"
echo "No type errors against n8n-workflow $version"
