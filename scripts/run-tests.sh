#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every check CI runs, against an already built tree: the CTest suite,
# then each optional stage whose script exists.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:?usage: run-tests.sh BUILD_DIR}

ctest --test-dir "$dir" --output-on-failure --timeout 300 -j "$(nproc)"

for stage in "$here"/scripts/ci-stages/*.sh; do
    [ -e "$stage" ] || continue
    echo "== $(basename "$stage")"
    bash "$stage" "$dir"
done
