#!/usr/bin/env bash
# Re-derive data/esrgan-slim/ (a pretrained x2 super-resolution network and the package's own sample input/output)
# from the pinned npm package @upscalerjs/esrgan-slim 1.0.0 (MIT, Kevin Scott; see data/README.md).
#
#   bash data/derive-esrgan.sh
#
# Needs npm, tar and sha256sum. Nothing is installed: `npm pack` downloads the tarball into a temporary folder (its
# sha256 is checked), and five files are copied byte for byte: models/x2/model.json (TF.js layers topology + weight
# manifest), models/x2/group1-shard1of1.bin (float32 weights, about 0.9 MB), assets/fixture.png (128x128 sample input),
# assets/samples/2x/result.png (the package's 256x256 output for it) and LICENSE. The script ends by comparing every
# file's sha256 with data/README.md.
set -euo pipefail

NAME=@upscalerjs/esrgan-slim
VERSION=1.0.0
TGZ_SHA256=b53070ff01363e74d33138106dcc72b58d341c9fb7e8fd648554a4e7744142b5

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "derive-esrgan.sh: ERROR: $*" >&2; exit 1; }
for tool in npm tar sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found. On Debian 12: apt-get update && apt-get install -y --no-install-recommends npm"
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== npm pack $NAME@$VERSION (nothing is installed)"
tgz="$(cd "$tmp" && npm pack "$NAME@$VERSION" --cache "$tmp/cache" --loglevel=error --no-fund --no-audit | tail -n 1)"
[[ -f "$tmp/$tgz" ]] || die "npm pack did not produce a tarball (got '$tgz')"
got="$(sha256sum "$tmp/$tgz" | cut -d' ' -f1)"
[[ "$got" == "$TGZ_SHA256" ]] || die "$tgz sha256 is $got, expected $TGZ_SHA256"
tar -xzf "$tmp/$tgz" -C "$tmp"

mkdir -p "$here/esrgan-slim/x2"
cp "$tmp/package/models/x2/model.json" "$here/esrgan-slim/x2/model.json"
cp "$tmp/package/models/x2/group1-shard1of1.bin" "$here/esrgan-slim/x2/group1-shard1of1.bin"
cp "$tmp/package/assets/fixture.png" "$here/esrgan-slim/fixture.png"
cp "$tmp/package/assets/samples/2x/result.png" "$here/esrgan-slim/x2/result.png"
cp "$tmp/package/LICENSE" "$here/esrgan-slim/LICENSE"

status=0
for file in esrgan-slim/x2/model.json esrgan-slim/x2/group1-shard1of1.bin esrgan-slim/fixture.png esrgan-slim/x2/result.png esrgan-slim/LICENSE; do
    sum="$(sha256sum "$here/$file" | cut -d' ' -f1)"
    if grep -F "\`$file\`" "$here/README.md" | grep -q "$sum"; then note="matches README.md"; else note="DIFFERS from README.md (or no row)"; status=2; fi
    printf '%s  %s  %s\n' "$sum" "$file" "$note"
done
[[ $status == 0 ]] || echo "derive-esrgan.sh: update the sha256 in data/README.md if the change is intended." >&2
exit $status
