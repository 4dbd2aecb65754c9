#!/usr/bin/env bash
# The end-to-end tests against shims built with AddressSanitizer and UndefinedBehaviorSanitizer:
#   bash tests/Sanitized/run.sh
# Native core: tests/EndToEnd.Tests, its shims, the native core and the C++ reference program all instrumented.
# Real ITK: the start-up program (tests/Startup/RealItk: modules Images and Smoothing over the system ITK, whose own
# libraries are not instrumented) reading, filtering, writing and reading back MetaImage and PNG files from 8 threads.
# The sanitizer runtime is preloaded into the test host only (it has to be the first library loaded); leak checking
# stays off (the .NET runtime keeps what it allocates until exit) and the runtime handles its own SIGSEGV.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sanitizers=address,undefined
libasan="$(g++ -print-file-name=libasan.so)"
[ -f "$libasan" ] || { echo "libasan.so not found (g++ -print-file-name=libasan.so)" >&2; exit 1; }
export ASAN_OPTIONS="detect_leaks=0:handle_segv=0:allow_user_segv_handler=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

echo "== native core: tests/EndToEnd.Tests with $sanitizers =="
dotnet test "$root/tests/EndToEnd.Tests" -c Release --nologo "-p:ItkBindGenSanitizers=\"$sanitizers\"" \
  -e LD_PRELOAD="$libasan" -e ASAN_OPTIONS="$ASAN_OPTIONS" -e UBSAN_OPTIONS="$UBSAN_OPTIONS"

echo "== real ITK: tests/Startup/RealItk with $sanitizers =="
dotnet build "$root/tests/Startup/RealItk" -c Release --nologo -v q -clp:NoSummary "-p:ItkBindGenSanitizers=\"$sanitizers\"" >/dev/null
program="$root/tests/Startup/RealItk/bin/Release-sanitize/net10.0/startup-real-itk"
work="$root/artifacts/sanitized"
rm -rf "$work" && mkdir -p "$work"
LD_PRELOAD="$libasan" "$program" make "$work/input.mha"
for _ in 1 2 3; do
  LD_PRELOAD="$libasan" "$program" first-use "$work/input.mha" 8
done
LD_PRELOAD="$libasan" "$program" files "$work/files" 8 5 mha,png
echo "sanitized runs: clean"
