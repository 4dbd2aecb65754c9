#!/usr/bin/env bash
# The one test command: native core tests (Release and sanitizer builds) through ctest, every .NET test (the docs'
# snippets and diagnostics page too), docs/getting-started.md and the dotnet new template followed in temporary
# folders, a bounded fuzzing run, SWIG's test suite through the generator (tests/SwigSuite), the concurrent start-up
# test, the end-to-end tests against sanitized shims, the filter service's tests against real ITK and its load test
# (samples/FilterService/loadtest.sh), its cluster tests (Redis and two silo processes, against the native core and
# real ITK), the NativeAOT build of MedianDemo, then the catalogue of real ITK filters (ITKBINDGEN_SKIP_CATALOGUE=1
# leaves it out), whose native build runs in the background at a low priority from the fuzzing stage on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# Each stage's wall time, listed when the run ends (failing or not), with the load average: the machine may be shared.
# Beside it, CPU seconds two ways: "own" is the user+sys of the stage's processes this shell waited for (not the build
# servers, MSBuild nodes and compiler servers that outlive a command), "machine" is every process's busy time from
# /proc/stat; on a machine that runs nothing else, machine/wall near the core count means no core was left idle.
stage_times=()
stage_name=""
ticks="$(getconf CLK_TCK)"
own_cpu() { local stat; stat="$(cat /proc/$$/stat)"; stat="${stat##*) }"; set -- $stat; echo $((${14} + ${15})); }
machine_cpu() { local _cpu user nice system _idle _iowait irq softirq steal _; read -r _cpu user nice system _idle _iowait irq softirq steal _ </proc/stat; echo $((user + nice + system + irq + softirq + steal)); }
stage() {
  if [ -n "$stage_name" ]; then
    local wall=$((SECONDS - stage_start)) own=$(( ($(own_cpu) - stage_own) / ticks )) machine=$(( ($(machine_cpu) - stage_machine) / ticks ))
    stage_times+=("$(printf '%5d s  CPU own %5d s, machine %5d s (%s cores busy)  %s (load average %s)' "$wall" "$own" "$machine" \
      "$(awk -v m="$machine" -v w="$wall" 'BEGIN { printf "%.1f", (w > 0 ? m / w : 0) }')" "$stage_name" "$(cut -d' ' -f1 /proc/loadavg)")")
  fi
  stage_name="$1"
  stage_start=$SECONDS
  stage_own="$(own_cpu)"
  stage_machine="$(machine_cpu)"
  [ -z "$1" ] || echo "== $1 =="
}
# The catalogue's native build (generation, the shims of its two modules and the C++ reference program: about a
# quarter of the run's CPU) starts in the background at the lowest priority once the docs stage has built the generator
# in Release, and takes the CPU the stages between leave idle (the start-up races, the services' and the cluster's
# waits); the catalogue stage waits for it, then compiles the C# and runs the filters. The C# is left to that stage
# because it reads the runtime's Release build, which later stages' builds may write; the generator is read only in
# the background build's first seconds, beside the fuzzing stage, which builds nothing. The build has processes of
# its own (no shared MSBuild nodes or compiler server: they would keep its priority and serve later stages) and a
# process group of its own in the script's session, so the kernel's autogroup, which follows the session, weighs its
# niceness against the stages'; an early exit stops the group (Ninja passes the signal on to its compilers).
catalogue_pid=""
catalogue_log="$root/artifacts/catalogue-native-build.log"
finish() {
  if [ -n "$catalogue_pid" ]; then
    kill -TERM -- "-$catalogue_pid" 2>/dev/null || true
    wait "$catalogue_pid" 2>/dev/null || true
  fi
  stage ""; echo "== stage times =="; printf "%s\n" "${stage_times[@]}"
}
trap finish EXIT
bash "$root/.ci/prerequisites.sh"

cd "$root/native"
for preset in release asan; do
  stage "native core: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j2
  ctest --preset "$preset"
done

stage ".NET tests (the cluster tests have a stage of their own below)"
cd "$root"
dotnet test ItkBindGen.sln --nologo --filter "Category!=Cluster"

stage "docs: getting-started.md followed to the letter, then the dotnet new template, each in a temporary folder"
bash "$root/tests/Docs/getting-started.sh"
bash "$root/tests/Docs/template.sh"

if [ "${ITKBINDGEN_SKIP_CATALOGUE:-0}" != "1" ]; then
  mkdir -p "$root/artifacts"
  # The generator in Release, built by the docs stage, and the catalogue's restore, both before the background starts.
  dotnet build "$root/generator" -c Release --nologo -v q -clp:NoSummary
  dotnet restore "$root/tests/Catalogue/Catalogue.csproj" --nologo -v q
  catalogue_start=$SECONDS
  set -m
  # stdin from /dev/null: a process group of its own may not read a terminal (it would be stopped).
  nice -n 19 bash "$root/tests/Catalogue/run.sh" --native </dev/null >"$catalogue_log" 2>&1 &
  catalogue_pid=$!
  set +m
  echo "catalogue: native build in the background at nice 19 (log: artifacts/catalogue-native-build.log)"
fi

stage "fuzzing: the interface parser and the command line, 20 s a property"
# Each property writes the sample it is about to try to a file of its own: a crash (a stack overflow ends the test
# host) prints no sample and no seed, so on failure the files are printed, the crashing input among them.
fuzz_inputs="$root/artifacts/fuzz-inputs"
rm -rf "$fuzz_inputs"
if ! ITKBINDGEN_FUZZ_SECONDS=20 ITKBINDGEN_FUZZ_INPUTS="$fuzz_inputs" dotnet test tests/Generator.Tests --no-build --nologo --filter "FullyQualifiedName~FuzzTests"; then
  echo "fuzzing failed; the sample each property was trying when the run ended (a crash's input is its property's):"
  for sample in "$fuzz_inputs"/*.txt; do
    [ -e "$sample" ] && echo "  $(basename "$sample" .txt): $(head -c 2000 "$sample")"
  done
  exit 1
fi

stage "SWIG's test suite through the generator, held against tests/SwigSuite/baseline.txt"
bash "$root/tests/SwigSuite/run.sh"

stage "concurrent start-up and file IO, fresh processes"
bash "$root/tests/Startup/run.sh" 200

stage "sanitized shims"
bash "$root/tests/Sanitized/run.sh"

stage "filter service: its tests against the service built over real ITK (-p:FilterBackend=itk)"
dotnet test "$root/tests/FilterService.Tests" -c Release -p:FilterBackend=itk --nologo --filter "Category!=Cluster"

stage "filter cluster: Redis, two silo processes and the front end on loopback; real ITK, then the native core"
# Each run starts and stops its own redis-server and silos; timeout bounds a run that hangs. The ITK build is the one
# just made; the native one is the one the load test below uses.
timeout 900 dotnet test "$root/tests/FilterService.Tests" -c Release -p:FilterBackend=itk --no-build --nologo --filter "Category=Cluster"
timeout 900 dotnet test "$root/tests/FilterService.Tests" -c Release --nologo --filter "Category=Cluster"

stage "filter service: the load test"
# Fails when the -threads + UpdateAsync mode's probe p99 is above the script's default bound of 50 ms.
bash "$root/samples/FilterService/loadtest.sh"

stage "NativeAOT: samples/MedianDemo published with PublishAot=true, then run"
aot="$root/artifacts/median-demo-aot"
rm -rf "$aot"
dotnet publish "$root/samples/MedianDemo" -c Release -r linux-x64 -p:PublishAot=true -o "$aot" --nologo | tee "$root/artifacts/median-demo-aot.log"
if grep -q "warning IL" "$root/artifacts/median-demo-aot.log"; then
  echo "NativeAOT publish reported trim or AOT warnings" >&2
  exit 1
fi
# The publish folder holds what the app runs: not the generator (its apphost and json files), and no library twice.
if ls "$aot" | grep -e '^itkbindgen' -e '\.so\.'; then
  echo "the NativeAOT publish folder holds build-tool files or versioned library copies (listed above)" >&2
  exit 1
fi
"$aot/MedianDemo" "$aot/output"

if [ "${ITKBINDGEN_SKIP_CATALOGUE:-0}" != "1" ]; then
  stage "catalogue of real ITK filters (its native build started in the background after the docs stage)"
  status=0
  wait "$catalogue_pid" || status=$?
  catalogue_pid=""
  cat "$catalogue_log"
  echo "catalogue: the background native build ended $(( SECONDS - catalogue_start )) s after it started, exit $status"
  [ "$status" -eq 0 ] || exit "$status"
  bash "$root/tests/Catalogue/run.sh"
fi
