#!/usr/bin/env bash
# Re-derive the MovieLens files in this folder from the pinned Debian package r-cran-dslabs.
#
#   bash data/derive-movielens.sh
#
# Needs (Debian 12): apt-get update done once; dpkg, sha256sum, python3 and Rscript. Rscript (package r-base-core) is
# only used to read the R data object once: apt-get install -y --no-install-recommends r-base-core
# The .deb is unpacked with dpkg -x into a temporary folder that is removed at the end. The conversion
# (data/derive-movielens.py) is deterministic, so a re-run gives byte-identical files; the script ends by printing each
# file's sha256 and comparing it with data/README.md (exit code 2 on a mismatch).
set -euo pipefail

DSLABS_DEB=r-cran-dslabs
DSLABS_VERSION=0.7.4-1                  # Debian 12 (bookworm) main
DSLABS_DEB_SHA256=c3f93382c44d4581de9561792a87b110cb239c70771cac5ad63fa0a259e71ef3
FILES=(movielens-ratings.csv.gz movielens-movies.csv)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
die() { echo "derive-movielens.sh: ERROR: $*" >&2; exit 1; }

for tool in apt-get apt-cache dpkg dpkg-deb sha256sum "$PYTHON"; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found. On Debian 12: apt-get install -y python3"
done
command -v Rscript >/dev/null 2>&1 ||
    die "'Rscript' not found. Install it once (as root): apt-get install -y --no-install-recommends r-base-core"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/deb" "$tmp/x"

candidate="$(apt-cache policy "$DSLABS_DEB" 2>/dev/null | awk '/Candidate:/ {print $2}')"
[[ -n "$candidate" && "$candidate" != "(none)" ]] || die "apt knows no $DSLABS_DEB package. Run 'apt-get update' (as root) first."
[[ "$candidate" == "$DSLABS_VERSION" ]] ||
    die "apt serves $DSLABS_DEB version '$candidate', but this script is pinned to '$DSLABS_VERSION'.
    Check that the movielens data did not change, then update DSLABS_VERSION and DSLABS_DEB_SHA256 here."
echo "== downloading $DSLABS_DEB=$DSLABS_VERSION (apt)"
if [[ $EUID -eq 0 ]] && id _apt >/dev/null 2>&1; then chmod 755 "$tmp"; chown _apt "$tmp/deb"; fi
(cd "$tmp/deb" && apt-get download -q "$DSLABS_DEB=$DSLABS_VERSION")
deb="$(ls "$tmp"/deb/*.deb)"
got_sha="$(sha256sum "$deb" | cut -d' ' -f1)"
[[ "$got_sha" == "$DSLABS_DEB_SHA256" ]] || die "$(basename "$deb") sha256 is $got_sha, expected $DSLABS_DEB_SHA256"
dpkg -x "$deb" "$tmp/x"

echo "== reading the R object 'movielens' (Rscript)"
Rscript --vanilla -e 'a <- commandArgs(TRUE); e <- new.env(); lazyLoad(a[1], envir = e);
    write.csv(get("movielens", e), a[2], row.names = FALSE, fileEncoding = "UTF-8")' \
    "$tmp/x/usr/lib/R/site-library/dslabs/data/Rdata" "$tmp/movielens.csv"

echo "== writing the derived files"
"$PYTHON" "$here/derive-movielens.py" "$tmp/movielens.csv" "$here"

status=0
for f in "${FILES[@]}"; do
    got="$(sha256sum "$here/$f" | cut -d' ' -f1)"
    want="$(grep -F "\`$f\`" "$here/README.md" | grep -oE '[0-9a-f]{64}' || true)"
    if [[ "$got" == "$want" ]]; then echo "$f  $got  matches README.md"
    else echo "$f  $got  DIFFERS from README.md (${want:-no row})"; status=2; fi
done
exit $status
