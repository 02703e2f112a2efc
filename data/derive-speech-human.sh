#!/usr/bin/env bash
# Re-derive data/speech-human/ (five short real recordings of a human voice saying playing cards, "five five" among
# them, with their transcripts; the reality check of lessons 15 and 23) from the pinned Debian package
# pocketsphinx-testdata 0.8+5prealpha+1-15 (CMU Sphinx test data, BSD-2-Clause).
#
#   bash data/derive-speech-human.sh
#
# Needs apt-get (Debian 12 sources, after `apt-get update`), dpkg-deb and sha256sum. Nothing is installed: the .deb is
# downloaded into a temporary folder and unpacked there; the five WAV files (16 kHz, 16-bit mono) and the transcription
# are copied byte for byte. The package's tidigits/ folder (a licensed LDC corpus) is NOT used. The script ends by
# comparing every file's sha256 with data/README.md.
set -euo pipefail

DEB=pocketsphinx-testdata
DEB_VERSION=0.8+5prealpha+1-15
DEB_SHA256=eaeb7a01d54f20b799d1a81ef110ec544b2cb47ea006614078220737a33019f0
SRC=usr/share/pocketsphinx/test/data/cards

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "derive-speech-human.sh: ERROR: $*" >&2; exit 1; }
for tool in apt-get dpkg-deb sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (this script needs a Debian 12 machine)"
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== downloading $DEB=$DEB_VERSION (apt-get download; nothing is installed)"
(cd "$tmp" && apt-get download "$DEB=$DEB_VERSION" >/dev/null 2>&1) ||
    die "apt-get download $DEB=$DEB_VERSION failed; run 'apt-get update' first"
got="$(sha256sum "$tmp"/"${DEB}"_*.deb | cut -d' ' -f1)"
[[ "$got" == "$DEB_SHA256" ]] || die "the .deb's sha256 is $got, expected $DEB_SHA256"
dpkg-deb -x "$tmp"/"${DEB}"_*.deb "$tmp/x"
grep -q "License: BSD-2" "$tmp/x/usr/share/doc/$DEB/copyright" || die "the package no longer declares BSD-2 for its files"

mkdir -p "$here/speech-human"
files=""
for n in 001 002 003 004 005; do cp "$tmp/x/$SRC/$n.wav" "$here/speech-human/cards-$n.wav"; files="$files speech-human/cards-$n.wav"; done
cp "$tmp/x/$SRC/cards.transcription" "$here/speech-human/cards.transcription"

status=0
for file in $files speech-human/cards.transcription; do
    sum="$(sha256sum "$here/$file" | cut -d' ' -f1)"
    if grep -F "\`$file\`" "$here/README.md" | grep -q "$sum"; then note="matches README.md"; else note="DIFFERS from README.md (or no row)"; status=2; fi
    printf '%s  %s  %s\n' "$sum" "$file" "$note"
done
[[ $status == 0 ]] || echo "derive-speech-human.sh: update the sha256 in data/README.md if the change is intended." >&2
exit $status
