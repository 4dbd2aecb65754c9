#!/usr/bin/env bash
# The main job: builds the native core and the generator, then runs the demo.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/.ci/prerequisites.sh"
cd "$root/native"
cmake --preset release >/dev/null
cmake --build --preset release -j2
cd "$root"
dotnet build generator --nologo -v quiet
echo "MedianDemo: binding generation is not wired up yet; the native core and the generator built."
