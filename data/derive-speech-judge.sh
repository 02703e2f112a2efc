#!/usr/bin/env bash
# Re-derive data/speech-judge.bin: the pretrained digit-string recogniser (lesson 23's CtcRecognizer) that lesson 28 uses
# as its judge, trained on the speech corpus's 28 training voices (data/speech-digits.*) by data/derive-speech-judge.cs.
#
#   bash data/derive-speech-judge.sh
#
# Needs the .NET 10 SDK and the NuGet feed (for TorchSharp on the first run); about a minute on 2 cores. Seeded: the same
# CPU gives the same bytes. Another CPU (AVX2 against AVX-512, or libtorch's oneDNN kernels on or off) gives slightly
# different weights and so another sha256: the script then says so, and data/README.md's digest must be updated with it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."
out="$(mktemp -d)/speech-judge.bin"
dotnet run data/derive-speech-judge.cs -- "$out"
mv "$out" data/speech-judge.bin
got="$(sha256sum data/speech-judge.bin | cut -d' ' -f1)"
recorded="$(grep -F '`speech-judge.bin`' data/README.md | grep -oE '[0-9a-f]{64}' || true)"
echo "data/speech-judge.bin sha256 $got"
if [[ "$got" == "$recorded" ]]; then echo "matches data/README.md"; else echo "differs from data/README.md ($recorded): update its row if you meant to re-derive"; fi
