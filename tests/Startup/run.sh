#!/usr/bin/env bash
# Concurrent start-up and file IO, in fresh processes: bash tests/Startup/run.sh [runs] (default 200).
# For the native core and for the system ITK: <runs> processes whose first act is 8 threads making their first
# objects of two modules at once, reading a MetaImage file and filtering it (results compared); then 8 threads
# writing, reading back and comparing MetaImage (and, on ITK, PNG) files for 10 s. Then the same start-up race in
# plain C++ against ITK, without and with the shims' one-time start-up. A run that fails, crashes or hangs (20 s)
# counts as a failure; the script fails when any run of the bindings or of the C++ program with the start-up fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-200}"
threads=8
work="$root/artifacts/startup"
rm -rf "$work" && mkdir -p "$work"

echo "== building =="
for target in NativeCore RealItk; do
  dotnet build "$root/tests/Startup/$target" -c Release --nologo -v q -clp:NoSummary >/dev/null
done
cmake -S "$root/tests/Startup/native" -B "$work/race-build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/race-build" -j2 >/dev/null

failed=0
summary=()
# Runs "$@" <runs> times, each in a fresh process with a time limit, STARTUP_PARALLEL (default 2) at a time: each
# process races its own threads, and a fresh process spends most of its start on one core. Prints and returns the
# number that failed.
parallel="${STARTUP_PARALLEL:-2}"
repeat() {
  local label="$1" log="$work/$1.log" failures; shift
  : >"$log"
  failures="$(seq "$runs" | xargs -P "$parallel" -I{} bash -c 'timeout 20 "$@" >/dev/null 2>>"$0" || echo failed' "$log" "$@" \
    | grep -c failed || true)"
  echo "$label: $failures of $runs runs failed" >&2
  if [ "$failures" -gt 0 ]; then sort "$log" | uniq -c | sort -rn | head -5 >&2; fi
  echo "$failures"
}

for target in NativeCore RealItk; do
  case "$target" in
    NativeCore) program="$root/tests/Startup/NativeCore/bin/Release/net10.0/startup-native-core"; formats=mha ;;
    RealItk) program="$root/tests/Startup/RealItk/bin/Release/net10.0/startup-real-itk"; formats=mha,png ;;
  esac
  echo "== $target =="
  "$program" make "$work/$target-input.mha"
  failures="$(repeat "$target-first-use" "$program" first-use "$work/$target-input.mha" "$threads")"
  summary+=("$target: first use from $threads threads failed in $failures of $runs processes")
  [ "$failures" -eq 0 ] || failed=1
  if "$program" files "$work/$target-files" "$threads" 10 "$formats"; then
    summary+=("$target: concurrent $formats write/read ok")
  else
    summary+=("$target: concurrent $formats write/read FAILED")
    failed=1
  fi
done

echo "== plain C++ against ITK 5.2 =="
race="$work/race-build/startup_race"
alone="$(repeat "cxx-itk-alone" "$race" "$work/RealItk-input.mha" "$threads")"
started="$(repeat "cxx-with-start" "$race" "$work/RealItk-input.mha" "$threads" start)"
[ "$started" -eq 0 ] || failed=1
summary+=("C++: ITK alone failed in $alone of $runs processes; after ibg::start_itk in $started of $runs")

echo "== summary =="
printf '%s\n' "${summary[@]}"
exit "$failed"
