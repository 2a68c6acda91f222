#!/usr/bin/env bash
# Brings the .ts files up to date with the sources: new strings appear as unfinished, strings
# no longer in the code are dropped. Translate the unfinished ones (Qt Linguist, or by hand),
# then run scripts/check_translations.sh.
# Usage: scripts/update_translations.sh [TS_FILE...]   (default: translations/*.ts)
#
# The folders scanned are CPE_TR_DIRS of translations/CMakeLists.txt, so this script, the
# update_translations build target and the check all see the same strings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
    lupdate=$bins/lupdate
    [ -x "$lupdate" ] || lupdate=$(command -v lupdate)
fi

read -r -a dirs <<<"$(sed -n 's/^set(CPE_TR_DIRS \(.*\))$/\1/p' "$root/translations/CMakeLists.txt")"
if [ ${#dirs[@]} -eq 0 ]; then
    echo "update_translations: no CPE_TR_DIRS in translations/CMakeLists.txt" >&2
    exit 2
fi

ts_files=("$@")
[ ${#ts_files[@]} -gt 0 ] || ts_files=("$root"/translations/*.ts)
ts_abs=()
for ts in "${ts_files[@]}"; do
    ts_abs+=("$(cd "$(dirname "$ts")" && pwd)/$(basename "$ts")")
done

# Relative folder names keep lupdate's output independent of where the tree is checked out.
cd "$root"
for ts in "${ts_abs[@]}"; do
    # English is the source language: its file only supplies plural forms ("%n record(s)").
    only=()
    case "$ts" in *_en.ts) only=(-pluralonly) ;; esac
    "$lupdate" -no-obsolete -locations none "${only[@]}" -extensions cpp,h "${dirs[@]}" -ts "$ts"
done
