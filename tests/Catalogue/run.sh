#!/usr/bin/env bash
# The catalogue test: builds its two modules of real ITK 5.2 filters (Catalogue.i: 2D, Catalogue3D.i: 3D) with the
# MSBuild step (generate, CMake build of the shims and of the C++ reference program, C# compile), then runs every
# filter on small test images and compares each with the C++ reference program (Program.cs says what passes).
#   bash tests/Catalogue/run.sh [--native]
# --native generates and builds the shims and the C++ reference program only (no C#, no run), with processes of its
# own (no shared MSBuild nodes or compiler server) and the generator's Release build as it is; the caller builds that
# and restores the project first. tests/run.sh runs it at a low priority beside other stages, then this script whole.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tests/Catalogue"
mode="${1:-}"
case "$mode" in
  ""|--native) ;;
  *) echo "unknown option $mode (see the header of $0)" >&2; exit 2 ;;
esac
# clang++ (shim and C++ reference program alike): it compiles ITK's templates with about 27 % less CPU than g++
# (docs/performance.md), and it keeps the ItkBindGenCxxCompiler switch under test. Both builds below pass the same
# properties: another value in the second would configure the native build again and compile it anew.
build_properties=(-p:Configuration=Release -p:ItkBindGenCxxCompiler=clang++)
if [ "$mode" = --native ]; then
  echo "== catalogue: native build (generator, shims, C++ reference program) =="
  start=$SECONDS
  # ItkBindGenGenerate is followed by the shims' configure and build (AfterTargets); CoreCompile is not run.
  dotnet msbuild "$here/Catalogue.csproj" -t:ItkBindGenGenerate "${build_properties[@]}" \
    -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:q -clp:NoSummary
  echo "native build in $(( SECONDS - start )) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  exit 0
fi
bash "$root/.ci/prerequisites.sh"
echo "== catalogue: build (generator, shims, C++ reference program, C#) =="
start=$SECONDS
dotnet build "$here/Catalogue.csproj" "${build_properties[@]}" -nologo -v q -clp:NoSummary
echo "built in $(( SECONDS - start )) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "== catalogue: run =="
start=$SECONDS
status=0
dotnet "$here/bin/Release/net10.0/Catalogue.dll" "$here/expected-failures.txt" "$here/output-sizes.txt" "$root/artifacts/catalogue" || status=$?
echo "ran in $(( SECONDS - start )) s"
exit $status
