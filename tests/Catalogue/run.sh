#!/usr/bin/env bash
# The catalogue test: builds its two modules of real ITK 5.2 filters (Catalogue.i: 2D, Catalogue3D.i: 3D) with the
# MSBuild step (generate, CMake build of the shims and of the C++ reference program, C# compile), then runs every
# filter on small test images and compares each with the C++ reference program (Program.cs says what passes).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/.ci/prerequisites.sh"
here="$root/tests/Catalogue"
echo "== catalogue: build (generator, shims, C++ reference program, C#) =="
start=$SECONDS
# clang++ (shim and C++ reference program alike): it compiles ITK's templates with about 27 % less CPU than g++
# (docs/performance.md), and it keeps the ItkBindGenCxxCompiler switch under test.
dotnet build "$here/Catalogue.csproj" -c Release -nologo -v q -clp:NoSummary -p:ItkBindGenCxxCompiler=clang++
echo "built in $(( SECONDS - start )) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "== catalogue: run =="
start=$SECONDS
status=0
dotnet "$here/bin/Release/net10.0/Catalogue.dll" "$here/expected-failures.txt" "$here/output-sizes.txt" "$root/artifacts/catalogue" || status=$?
echo "ran in $(( SECONDS - start )) s"
exit $status
