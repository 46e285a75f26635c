#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the whole test suite with AddressSanitizer and UndefinedBehaviorSanitizer
# and runs it. Any report fails the stage: UBSan is built not to recover, and
# ASan aborts on its first error.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
main_build=${1:?usage: sanitizers.sh BUILD_DIR}
dir="$(dirname "$main_build")/asan"

cmake -S "$here" --preset asan -B "$dir"
cmake --build "$dir" --parallel "$(nproc)"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$dir" --output-on-failure --timeout 600 -j "$(nproc)"
