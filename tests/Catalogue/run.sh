#!/usr/bin/env bash
# The catalogue test: builds one module of ~250 real ITK 5.2 filters with the MSBuild step (generate, CMake build
# of the shim and of a C++ reference program, C# compile) and runs every filter on a small image.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/.ci/prerequisites.sh"
here="$root/tests/Catalogue"
echo "== catalogue: build (generator, shim, C#) =="
start=$(date +%s)
dotnet build "$here/Catalogue.csproj" -c Release -nologo -v q -clp:NoSummary
echo "built in $(( $(date +%s) - start )) s"
echo "== catalogue: run =="
dotnet "$here/bin/Release/net10.0/Catalogue.dll" "$here/expected-failures.txt" "$here/output-sizes.txt" "$root/artifacts/catalogue"
