#!/usr/bin/env bash
# Sets everything up, then opens the explorer on the bundled articles.
# Until the desktop window exists, this shows the extraction of the bundled set.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build_dir=${CPE_BUILD_DIR:-build}
if [ -x "$build_dir/app/climate-explorer" ]; then
    exec "$build_dir/app/climate-explorer" "$@"
fi
out="$build_dir/bundled-export.json"
"$build_dir/app/cli/climate-explorer-cli" export -o "$out"
python3 - "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for a in d["articles"]:
    print(f'{a["id"]}  {a["date"] or "?":10}  {a["title"][:70]}')
    for p in d["partnerships"]:
        if p["article"] == a["id"]:
            print(f'    partner  {p["partner"]["name_en"]:<40} {", ".join(p["sectors"])}')
    for p in d["pledges"]:
        if p["article"] == a["id"]:
            print(f'    pledge   {p["actor"]["name_en"]:<20} {p["kind"]:<20} {p["target_year"] or ""}')
print(f"\nFull export: {sys.argv[1]}")
PY
