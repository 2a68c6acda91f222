#!/usr/bin/env bash
# Sets everything up, then opens the explorer on the bundled articles (or on the paths given:
# scripts/start.sh --corpus ~/articles).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build_dir=${CPE_BUILD_DIR:-build}
exec "$build_dir/app/gui/climate-explorer" "$@"
