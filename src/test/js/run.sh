#!/bin/sh
# Installs the pinned packages into target/speed-budget and runs the speed budget over target/site.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../../.." && pwd)
mkdir -p "$project/target/speed-budget"
cp "$here/package.json" "$here/package-lock.json" "$project/target/speed-budget/"
npm ci --prefix "$project/target/speed-budget" --no-audit --no-fund --ignore-scripts
NODE_PATH="$project/target/speed-budget/node_modules" CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" \
  node "$here/budget.mjs" "$project/target/site" "$project/target/speed-budget/node_modules"
