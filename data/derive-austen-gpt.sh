#!/usr/bin/env bash
# Re-derive data/austen-gpt.bin: lesson 05's pretrained generator, lesson 12's character GPT (Curriculum.Models.MiniGpt,
# 2 blocks, d = 64) trained for 7,000 steps on three Austen novels from data/novels.jsonl.gz by data/derive-austen-gpt.cs.
#
#   bash data/derive-austen-gpt.sh
#
# Needs the .NET 10 SDK and the NuGet feed (for TorchSharp on the first run); about five minutes on 2 cores. Seeded: the
# same CPU gives the same bytes. Another CPU (AVX2 against AVX-512, or libtorch's oneDNN kernels on or off) gives
# slightly different weights and so another sha256: the script then says so, and data/README.md's digest must be
# updated with it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."
out="$(mktemp -d)/austen-gpt.bin"
dotnet run data/derive-austen-gpt.cs -- "$out"
mv "$out" data/austen-gpt.bin
got="$(sha256sum data/austen-gpt.bin | cut -d' ' -f1)"
recorded="$(grep -F '`austen-gpt.bin`' data/README.md | grep -oE '[0-9a-f]{64}' || true)"
echo "data/austen-gpt.bin sha256 $got"
if [[ "$got" == "$recorded" ]]; then echo "matches data/README.md"; else echo "differs from data/README.md ($recorded): update its row if you meant to re-derive"; fi
