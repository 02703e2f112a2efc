#!/usr/bin/env bash
# Makes a fresh checkout ready for notebooks: restores every package (TorchSharp's libtorch is about 350 MB to
# download) and builds the helper library and the kernel into artifacts/, where the notebooks' setup cell and
# .vscode/settings.json expect them. The dev container runs it after creation; CI runs it too, so it cannot rot.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Curriculum.sln --nologo -v quiet
test -f artifacts/Curriculum/Curriculum.dll
test -f artifacts/Curriculum.Kernel/Curriculum.Kernel.dll
echo "Ready: helper library in artifacts/Curriculum, VS Code kernel in artifacts/Curriculum.Kernel"
