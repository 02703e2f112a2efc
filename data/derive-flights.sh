#!/usr/bin/env bash
# Re-derive data/flights_200k.csv.gz (200,000 US flights: delay, distance, departure time; lesson 04) from its pinned npm
# package.
#
#   bash data/derive-flights.sh
#
# Needs npm, tar, sha256sum and python3 (standard library only). Nothing is installed: the package tarball is fetched
# with `npm pack` into a temporary folder, only the one JSON file is unpacked from it, and the folder is removed at the
# end. Output is deterministic; the script ends by comparing the file's sha256 with data/README.md.
set -euo pipefail

NPM_NAME=vega-datasets
NPM_VERSION=3.2.1
NPM_TGZ_SHA256=6f72fda460a9863fae5fcb32f85bcd49e1761fdea6dc6cf9f4962472881cc5a3   # 17.6 MB
JSON=data/flights-200k.json
FILE=flights_200k.csv.gz

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=derive-flights.sh
# shellcheck source=npm-package.sh
source "$here/npm-package.sh"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 18 MB)"
tgz="$(npm_fetch "$NPM_NAME" "$NPM_VERSION" "$NPM_TGZ_SHA256")"
tar -xzf "$tgz" -C "$tmp/src" "package/$JSON" package/datapackage.json
grep -q '"path": "flights-200k.json"' "$tmp/src/package/datapackage.json" ||
    die "the package's datapackage.json no longer describes flights-200k.json; check its source and licence notes"

echo "== converting ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-flights.py" --json "$tmp/src/package/$JSON" --out "$tmp/out"
publish "$FILE"
