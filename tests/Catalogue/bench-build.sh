#!/usr/bin/env bash
# Build benchmark of the catalogue module (not a test): a clean native build of its shim with -j2 for several
# --shim-units and with and without the precompiled header, with each translation unit's compile time and peak
# memory, then the C# compile of the generated code. Prints a table; takes 6-8 minutes a units value on 2 cores.
#   bash tests/Catalogue/bench-build.sh [units...]      (default: 2 4 8 16)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/.ci/prerequisites.sh"
work="$root/artifacts/catalogue-bench"
rm -rf "$work" && mkdir -p "$work"
dotnet build "$root/generator" -c Release -nologo -v q -clp:NoSummary
tool="dotnet $root/generator/bin/Release/net10.0/itkbindgen.dll"
if [ $# -gt 0 ]; then units=("$@"); else units=(2 4 8 16); fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %-4s %7s %10s %9s %12s %14s\n' units pch sources "wall (s)" "CPU (s)" "max TU (s)" "max TU (MiB)"
for n in "${units[@]}"; do
  gen="$work/gen-$n"
  $tool "$root/tests/Catalogue/Catalogue.i" --target itk -I /usr/include/ITK-5.2 -threads --shim-units "$n" \
    -outdir "$gen/cs" -o "$gen/native/Catalogue_wrap.cpp" --nowarn IBG3001,IBG3003,IBG3009
  printf 'cmake_minimum_required(VERSION 3.20)\nproject(CatalogueBench C CXX)\ninclude("%s/native/Catalogue.cmake")\n' "$gen" > "$gen/CMakeLists.txt"
  for pch in ON OFF; do
    build="$work/build-$n-$pch"
    log="$work/tu-$n-$pch.txt"
    cmake -S "$gen" -B "$build" -DCMAKE_BUILD_TYPE=Release -DITKBINDGEN_PRECOMPILE_HEADERS=$pch \
      -DCMAKE_CXX_COMPILER_LAUNCHER="/usr/bin/time;-a;-o;$log;-f;%e %M" >/dev/null
    start=$(date +%s.%N)
    cmake --build "$build" -j2 >/dev/null
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    sources=$(ls "$gen/native/"*.cpp | wc -l)
    max_s=$(sort -k1 -n -r "$log" | head -1 | cut -d' ' -f1)
    max_mem=$(sort -k2 -n -r "$log" | head -1 | cut -d' ' -f2)
    cpu=$(awk '{ s += $1 } END { print s }' "$log")
    printf '%-7s %-4s %7s %10.1f %9.0f %12s %14d\n' "$n" "$pch" "$sources" "$wall" "$cpu" "$max_s" "$((max_mem / 1024))"
  done
done

# The C# part: the generated code of the catalogue compiled alone (the MSBuild step's shims already built).
cs="$work/gen-${units[0]}/cs"
cat > "$cs/CatalogueBench.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><AllowUnsafeBlocks>true</AllowUnsafeBlocks><ImplicitUsings>disable</ImplicitUsings></PropertyGroup>
  <ItemGroup><ProjectReference Include="$root/runtime/ItkBindGen.Runtime.csproj" /></ItemGroup>
</Project>
PROJECT
dotnet build "$cs/CatalogueBench.csproj" -c Release -nologo -v q -clp:NoSummary >/dev/null
rm -rf "$cs/obj" "$cs/bin"
dotnet restore "$cs/CatalogueBench.csproj" -v q >/dev/null
start=$(date +%s.%N)
dotnet build "$cs/CatalogueBench.csproj" -c Release --no-restore -nologo -v q -clp:NoSummary -p:BuildProjectReferences=false >/dev/null
echo "C#: $(ls "$cs"/*.cs | wc -l) files, $(cat "$cs"/*.cs | wc -l) lines compiled in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s"
