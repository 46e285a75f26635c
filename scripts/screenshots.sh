#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of each main view, light and dark, in English and Chinese:
#   scripts/screenshots.sh <folder> [build dir, default build/ci] [languages, default "en zh_CN"]
# Needs the deai-screenshots target built. Renders offscreen, so no display is needed;
# Chinese text needs a CJK font (fonts-noto-cjk, see scripts/packages-debian12.txt).
set -eu
folder=${1:?usage: screenshots.sh <folder> [build dir] [languages]}
build=${2:-build/ci}
languages=${3:-en zh_CN}
tool="$build/tests/deai-screenshots"
[ -x "$tool" ] || { echo "build the deai-screenshots target first: $tool" >&2; exit 1; }
mkdir -p "$folder"
for language in $languages; do
    for look in light dark; do
        QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false' \
            "$tool" "$folder" "$look" "$language"
    done
done
