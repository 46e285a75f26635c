#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the benchmarks built in BUILD_DIR and prints every figure, each ratio
# against its reference measured in the same run, and a verdict per target.
# Nothing here fails on speed: the exit status only says whether every
# benchmark ran to the end.
#
#   tests/bench/run-benchmarks.sh BUILD_DIR [upload|startup|history|dataset ...]
#
# Environment: DEAI_BENCH_UPLOAD_MIB (1024), DEAI_BENCH_UPLOAD_RUNS (3),
# DEAI_BENCH_STARTUP_RUNS (5), DEAI_BENCH_DATASET_IMAGES (60000),
# DEAI_BENCH_CACHE_DIR (BUILD_DIR/bench-cache), DEAI_BENCH_STARTUP_PLATFORM
# (xvfb when xvfb-run is installed, else offscreen).
set -uo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [upload|startup|history|dataset ...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd) || exit 2
shift
bench_dir=$build_dir/tests/bench
selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=(upload startup history dataset)

export DEAI_BENCH_CACHE_DIR=${DEAI_BENCH_CACHE_DIR:-$build_dir/bench-cache}
export LC_ALL=C.UTF-8
# Figures go to stdout; the programs' own log stays out of the way.
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"*.debug=false"}

describe_machine() {
    local cpu qt
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
    qt=$(qtpaths6 --qt-version 2>/dev/null || echo unknown)
    echo "# date $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "# machine: $(nproc) CPUs ($cpu), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, Qt $qt, $(uname -sr)"
    echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}

run_startup() {
    local platform=${DEAI_BENCH_STARTUP_PLATFORM:-}
    if [ -z "$platform" ]; then
        if command -v xvfb-run >/dev/null; then platform=xvfb; else platform=offscreen; fi
    fi
    if [ "$platform" = xvfb ]; then
        QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" "$bench_dir/bench_startup"
    else
        QT_QPA_PLATFORM=$platform "$bench_dir/bench_startup"
    fi
}

run_one() {
    local name=$1
    echo "## $name"
    case "$name" in
    upload) "$bench_dir/bench_upload" ;;
    startup) run_startup ;;
    history) QT_QPA_PLATFORM=offscreen "$bench_dir/bench_history" ;;
    dataset) QT_QPA_PLATFORM=offscreen "$bench_dir/bench_dataset" ;;
    *) echo "unknown benchmark: $name" >&2; return 2 ;;
    esac
}

describe_machine
failed=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for name in "${selected[@]}"; do
    if [ ! -x "$bench_dir/bench_$name" ]; then
        echo "## $name: $bench_dir/bench_$name is not built" | tee -a "$log"
        failed+=("$name")
        continue
    fi
    run_one "$name" | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || failed+=("$name")
done

echo "## verdicts"
grep -F '(target' "$log" || echo "no verdicts"
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ${#failed[@]} -gt 0 ]; then
    echo "benchmarks that did not finish: ${failed[*]}" >&2
    exit 1
fi
