#!/usr/bin/env bash
# Re-derive the spoken-digit corpus of lessons 15, 23 and 28 (data/speech-digits.tsv and data/speech-digits.ulaw.gz)
# by synthesising it with espeak-ng.
#
#   bash data/derive-speech.sh
#
# Needs espeak-ng 1.51 (Debian 12: `sudo apt-get install -y espeak-ng`; it is a prerequisite of this script only, as R
# is for derive-movielens.sh: notebooks never call it), sha256sum and python3 (standard library only; Python <= 3.12,
# which still ships the audioop module). Takes about half a minute. Output is deterministic; the script ends by
# comparing both files' sha256 with data/README.md.
set -euo pipefail

ESPEAK="${ESPEAK:-espeak-ng}"
PYTHON="${PYTHON:-python3}"
ESPEAK_VERSION=1.51
SCRIPT=derive-speech.sh
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "$SCRIPT: ERROR: $*" >&2; exit 1; }
start=$SECONDS

for tool in "$ESPEAK" sha256sum "$PYTHON"; do
    command -v "$tool" >/dev/null || die "$tool not found (espeak-ng: apt-get install -y espeak-ng)"
done
"$ESPEAK" --version | grep -q "text-to-speech: $ESPEAK_VERSION " ||
    die "need espeak-ng $ESPEAK_VERSION (found: $("$ESPEAK" --version)); another version renders different samples"
"$PYTHON" -c 'import audioop' 2>/dev/null || die "$PYTHON has no audioop module (removed in Python 3.13); use Python 3.11 or 3.12"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== synthesising with $("$ESPEAK" --version | cut -d' ' -f1-4) ($("$PYTHON" --version 2>&1))"
"$PYTHON" "$here/derive-speech.py" --espeak "$ESPEAK" --out "$tmp/out"

status=0
for file in speech-digits.tsv speech-digits.ulaw.gz; do
    [[ -s "$tmp/out/$file" ]] || die "the synthesis did not write $file"
    cp "$tmp/out/$file" "$here/$file.tmp" && mv -f "$here/$file.tmp" "$here/$file"
    sum="$(sha256sum "$here/$file" | cut -d' ' -f1)"
    row="$(grep -F "\`$file\`" "$here/README.md" 2>/dev/null | head -n 1 || true)"
    if [[ -n "$row" ]] && grep -q "$sum" <<<"$row"; then note="matches README.md"; else note="DIFFERS from README.md (or no row)"; status=2; fi
    printf '%s  %s %s bytes  %s\n' "$sum" "$file" "$(stat -c %s "$here/$file")" "$note"
done
echo "== done in $((SECONDS - start)) s"
[[ $status == 0 ]] || echo "$SCRIPT: update the sha256 in data/README.md if the change is intended." >&2
exit $status
