#!/usr/bin/env bash
# Builds the fuzz targets with clang's libFuzzer (plus AddressSanitizer and UBSan) and runs
# each for SECONDS (default 60), starting from the saved inputs in tests/fuzz/corpus.
# New failing inputs land in build-fuzz/; copy them into tests/fuzz/corpus once fixed.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
if ! command -v clang++ >/dev/null; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends clang
fi
scripts/setup.sh >/dev/null # Qt and the rest
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCPE_FUZZ=ON >/dev/null
cmake --build build-fuzz --target fuzz_engine fuzz_reader
for target in fuzz_engine fuzz_reader; do
    work=build-fuzz/corpus-$target
    mkdir -p "$work"
    cp -n tests/fuzz/corpus/* "$work"/ 2>/dev/null || true
    echo "== $target for ${seconds}s"
    (cd build-fuzz && QT_QPA_PLATFORM=offscreen "./tests/fuzz/$target" -max_total_time="$seconds" \
        -max_len=65536 -timeout=10 "corpus-$target")
done
