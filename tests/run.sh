#!/usr/bin/env bash
# The one test command: native core tests (Release and sanitizer builds) through ctest, then every .NET test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/.ci/prerequisites.sh"

cd "$root/native"
for preset in release asan; do
  echo "== native core: $preset =="
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j2
  ctest --preset "$preset"
done

echo "== .NET tests =="
cd "$root"
dotnet test ItkBindGen.sln --nologo
