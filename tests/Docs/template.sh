#!/usr/bin/env bash
# The dotnet new template, as a user takes it: packs the template, the tool and the runtime into artifacts/packages,
# installs the template into a private hive, makes a project from it in a temporary folder, builds and runs it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
packages="$root/artifacts/packages"
hive="$work/hive"

cd "$root"
dotnet pack generator -c Release --nologo -v q
dotnet pack runtime -c Release --nologo -v q
dotnet pack templates/dotnet-new -c Release --nologo -v q
# From here a private package cache (NuGet keeps the first copy of a version it sees) and CLI home (its local-tool
# cache would point at the last run's removed folder).
export NUGET_PACKAGES="$work/nuget" DOTNET_CLI_HOME="$work/home"
dotnet new install "$packages/ItkBindGen.Templates.0.1.0.nupkg" --debug:custom-hive "$hive"

cd "$work"
dotnet new itkbindgen -n MyFilters --package-source "$packages" --debug:custom-hive "$hive"
for file in MyFilters/MyFilters.csproj MyFilters/filters.i MyFilters/Program.cs MyFilters/nuget.config MyFilters/.config/dotnet-tools.json; do
  test -f "$file" || { echo "template.sh: the template made no $file" >&2; exit 1; }
done
grep -q 'Namespace="MyFilters.Itk"' MyFilters/MyFilters.csproj
cd MyFilters
timeout 1200 dotnet run 2>&1 | tee "$work/run.log"
grep -q "^MedianImageFilter ran on 2 threads.$" "$work/run.log" \
  || { echo "template.sh: the project made from the template did not run to its end" >&2; exit 1; }
echo "template.sh: dotnet new itkbindgen made a project that builds and runs"
