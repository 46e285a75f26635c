#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine:
#   scripts/studio.sh run    install what is missing, build, launch deAI Studio
#   scripts/studio.sh test   install what is missing, build, run the whole test suite
#   scripts/studio.sh bench  install what is missing, build, run the benchmarks
#
# BUILD_DIR overrides the build folder (default: build/release, build/ci for tests).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

install_missing_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v -E '^\s*(#|$)' scripts/packages-debian12.txt)
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends \
        "${missing[@]}"
}

configure_and_build() {
    local preset=$1 dir=$2
    cmake --preset "$preset" -B "$dir"
    cmake --build "$dir" --parallel "$(nproc)"
}

command=${1:-run}
case "$command" in
run)
    install_missing_packages
    dir=${BUILD_DIR:-build/release}
    configure_and_build release "$dir"
    shift || true
    exec "$dir/src/app/deai-studio" "$@"
    ;;
test)
    install_missing_packages
    dir=${BUILD_DIR:-build/ci}
    configure_and_build ci "$dir"
    exec scripts/run-tests.sh "$dir"
    ;;
bench)
    install_missing_packages
    dir=${BUILD_DIR:-build/release}
    configure_and_build release "$dir"
    exec tests/bench/run-benchmarks.sh "$dir"
    ;;
*)
    echo "usage: $0 run|test|bench" >&2
    exit 2
    ;;
esac
