#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
export CPE_BUILD_DIR=${CPE_BUILD_DIR:-build-ci}
scripts/setup.sh -DCPE_WERROR=ON
ctest --test-dir "$CPE_BUILD_DIR" --output-on-failure -j2
# Every interface string has a current Chinese translation (and English plural forms).
scripts/check_translations.sh
# The extraction floors, scored by the annotation tool on the bundled set.
"$CPE_BUILD_DIR/app/cli/climate-explorer-cli" export -o "$CPE_BUILD_DIR/seeds-export.json"
python3 tools/score_extraction.py "$CPE_BUILD_DIR/seeds-export.json" tests/data/seeds.gold.json \
    --min partners=0.95,sectors=0.80,pledges=0.90,year=1.0
