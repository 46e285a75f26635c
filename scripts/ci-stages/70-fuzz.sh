#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with the `fuzz` preset (clang, ASan, UBSan) and
# runs each from its seed corpus for a bounded time. Any crash, sanitizer
# report, broken invariant, timeout or memory blow-up fails the stage; the
# input that caused it is kept under <fuzz build dir>/fuzz-artifacts.
#
#   fuzz.sh BUILD_DIR              ~6 s per target, about a minute in all (CI)
#   fuzz.sh BUILD_DIR 600          10 minutes per target
#   fuzz.sh BUILD_DIR 600 fuzz_jwt only the targets named
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
main_build=${1:?usage: fuzz.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]}
seconds=${2:-6}
shift $(( $# < 2 ? $# : 2 ))
only=("$@")
dir="$(dirname "$main_build")/fuzz"

cmake -S "$here" --preset fuzz -B "$dir" >/dev/null
cmake --build "$dir" --parallel "$(nproc)" --target deai-fuzzers

# Leaks are checked per input by libFuzzer; the suppressions cover only
# system libraries, as in the sanitizer stage.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_LOGGING_RULES="*.debug=false;*.warning=false"

failed=()
started=$SECONDS
while IFS='|' read -r name binary seeds dict; do
    [ -n "$name" ] || continue
    if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then
        continue
    fi
    corpus="$dir/fuzz-corpus/$name"
    artifacts="$dir/fuzz-artifacts/$name"
    log="$dir/fuzz-logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"

    # New inputs go to the first directory, so the committed seeds stay as they are.
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$artifacts/")
    [ -z "$dict" ] || args+=(-dict="$dict")

    if "$binary" "${args[@]}" "$corpus" "$seeds" >"$log" 2>&1; then
        echo "$name: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs, no failure"
    else
        echo "$name: FAILED, input kept in $artifacts; end of $log:"
        tail -n 40 "$log"
        failed+=("$name")
    fi
done <"$dir/fuzzers.txt"

echo "fuzzing took $((SECONDS - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz targets that failed: ${failed[*]}"
    exit 1
fi
