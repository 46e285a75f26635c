#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI stage: builds the Debian package from BUILD_DIR with CPack and checks what
# a user would get from it: every file in place, the desktop entry and AppStream
# metainfo valid as installed, and the installed app starting.
# The .deb is left in BUILD_DIR/packages.
set -euo pipefail

dir=$(cd "${1:?usage: 50-package.sh BUILD_DIR}" && pwd)
app_id=global.phoenix.DeaiStudio
icon_sizes=(16 24 32 48 64 128 256)

fail() {
    echo "50-package: FAIL: $*" >&2
    exit 1
}

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file; do
    command -v "$tool" >/dev/null \
        || fail "$tool not found (scripts/packages-debian12.txt lists the packages to install)"
done

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$dir/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $dir/CMakeCache.txt: is $dir a configured build?"

# A private output folder, emptied first, so a stale .deb can never be checked.
packages=$dir/packages
rm -rf "$packages"
(cd "$dir" && cpack -G DEB -B "$packages")
debs=("$packages"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $packages"
deb=${debs[0]}
echo "50-package: checking $deb"

[ "$(dpkg-deb -f "$deb" Package)" = deai-studio ] || fail "package is not named deai-studio"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] \
    || fail "package version $(dpkg-deb -f "$deb" Version) is not the project version $version"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

for program in deai-studio deai-sandbox; do
    [ -x "$root/usr/bin/$program" ] \
        || fail "usr/bin/$program is missing from the package (was src/*/main.cpp built?)"
done

# Dependencies dpkg-shlibdeps found from the linked Qt libraries, plus the
# plugins listed by hand in packaging/CMakeLists.txt.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6svg6; do
    grep -qw -- "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
icons=$root/usr/share/icons/hicolor
for path in "$desktop" "$metainfo" "$icons/scalable/apps/$app_id.svg" \
    "$root/usr/share/doc/deai-studio/copyright"; do
    [ -f "$path" ] || fail "${path#"$root"/} is missing from the package"
done
for size in "${icon_sizes[@]}"; do
    png=$icons/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || fail "${png#"$root"/} is missing from the package"
    file -b "$png" | grep -q "PNG image data, $size x $size," \
        || fail "${png#"$root"/} is not a ${size}x${size} PNG: $(file -b "$png")"
done
if [ -e "$root/usr/include" ] || find "$root" -name '*.a' | grep -q .; then
    fail "the package installs headers or static libraries meant only for the build"
fi

desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the installed .desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects the installed metainfo"
# validate-tree also checks that the desktop entry the metainfo launches is installed.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli rejects the installed tree"

printed=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/deai-studio" --version 2>&1) \
    || fail "the installed deai-studio --version failed: $printed"
grep -qF -- "$version" <<<"$printed" \
    || fail "the installed deai-studio --version printed '$printed', not version $version"

echo "50-package: OK ($(basename "$deb"), version $version)"
