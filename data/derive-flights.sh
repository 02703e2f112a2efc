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
PYTHON="${PYTHON:-python3}"
start=$SECONDS
die() { echo "derive-flights.sh: ERROR: $*" >&2; exit 1; }

for tool in npm tar sha256sum "$PYTHON"; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' not found. On Debian 12: apt-get update && apt-get install -y --no-install-recommends python3 npm"
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/npm" "$tmp/npm-cache" "$tmp/src" "$tmp/out"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 18 MB)"
tgz_name="$(cd "$tmp/npm" && npm pack "$NPM_NAME@$NPM_VERSION" --cache "$tmp/npm-cache" \
    --loglevel=error --no-fund --no-audit | tail -n 1)"
tgz="$tmp/npm/$tgz_name"
[[ -f "$tgz" ]] || die "npm pack did not produce a tarball (got '$tgz_name')"
got_sha="$(sha256sum "$tgz" | cut -d' ' -f1)"
[[ "$got_sha" == "$NPM_TGZ_SHA256" ]] || die "$tgz_name sha256 is $got_sha, expected $NPM_TGZ_SHA256"
tar -xzf "$tgz" -C "$tmp/src" "package/$JSON" package/datapackage.json
grep -q '"path": "flights-200k.json"' "$tmp/src/package/datapackage.json" ||
    die "the package's datapackage.json no longer describes flights-200k.json; check its source and licence notes"

echo "== converting ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-flights.py" --json "$tmp/src/package/$JSON" --out "$tmp/out"
[[ -s "$tmp/out/$FILE" ]] || die "derive-flights.py did not write $FILE"
cp "$tmp/out/$FILE" "$here/$FILE.tmp" && mv -f "$here/$FILE.tmp" "$here/$FILE"

sum="$(sha256sum "$here/$FILE" | cut -d' ' -f1)"
row="$(grep -F "\`$FILE\`" "$here/README.md" 2>/dev/null | head -n 1 || true)"
if [[ -n "$row" ]] && grep -q "$sum" <<<"$row"; then note="matches README.md"; else note="DIFFERS from README.md (or no row)"; fi
printf '%s  %s %s bytes  %s\n' "$sum" "$FILE" "$(stat -c %s "$here/$FILE")" "$note"
echo "== done in $((SECONDS - start)) s"
[[ "$note" == "matches README.md" ]] || { echo "derive-flights.sh: update the sha256 in data/README.md if the change is intended." >&2; exit 2; }
