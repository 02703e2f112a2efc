#!/usr/bin/env bash
# Re-derive data/images/ (CC0 and public-domain photos and textures, and 25x25 face/non-face crops) from the pinned
# Debian package python3-skimage 0.19.3-8 (scikit-image's sample data).
#
#   bash data/derive-images.sh
#
# Needs apt-get (Debian 12 sources), dpkg-deb, gzip and sha256sum. Nothing is installed: the .deb is downloaded into a
# temporary folder and unpacked there. The PNG files are copied byte for byte (the library's PngImage decodes them);
# lfw_subset.npy is gzipped with no name or time stamp, so the output is deterministic. The script ends by comparing
# every file's sha256 with data/README.md.
set -euo pipefail

DEB=python3-skimage
DEB_VERSION=0.19.3-8
DEB_SHA256=728d88c3e3440f1f3712de0805dc834d29248ff07e1eec8c0f3da07606f752f9
SRC=usr/lib/python3/dist-packages/skimage/data
# Only images whose docstring in skimage/data/_fetchers.py states CC0 or no copyright restrictions (see data/README.md).
PNGS="astronaut brick camera cell chelsea clock_motion coffee coins grass gravel horse ihc microaneurysms text"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "derive-images.sh: ERROR: $*" >&2; exit 1; }
for tool in apt-get dpkg-deb gzip sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (this script needs a Debian 12 machine)"
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== downloading $DEB=$DEB_VERSION (apt-get download; nothing is installed)"
(cd "$tmp" && apt-get download "$DEB=$DEB_VERSION" >/dev/null 2>&1) ||
    die "apt-get download $DEB=$DEB_VERSION failed; run 'apt-get update' first"
got="$(sha256sum "$tmp"/"${DEB}"_*.deb | cut -d' ' -f1)"
[[ "$got" == "$DEB_SHA256" ]] || die "the .deb's sha256 is $got, expected $DEB_SHA256"
dpkg-deb -x "$tmp"/"${DEB}"_*.deb "$tmp/x"

mkdir -p "$here/images"
for name in $PNGS; do cp "$tmp/x/$SRC/$name.png" "$here/images/$name.png"; done
gzip -9 -n -c "$tmp/x/$SRC/lfw_subset.npy" > "$here/images/lfw_subset.npy.gz"

status=0
for file in $(for n in $PNGS; do echo "images/$n.png"; done) images/lfw_subset.npy.gz; do
    sum="$(sha256sum "$here/$file" | cut -d' ' -f1)"
    if grep -F "\`$file\`" "$here/README.md" | grep -q "$sum"; then note="matches README.md"; else note="DIFFERS from README.md (or no row)"; status=2; fi
    printf '%s  %s  %s\n' "$sum" "$file" "$note"
done
[[ $status == 0 ]] || echo "derive-images.sh: update the sha256 in data/README.md if the change is intended." >&2
exit $status
