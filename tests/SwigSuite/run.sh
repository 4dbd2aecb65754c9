#!/usr/bin/env bash
# SWIG's test suite (tests/SwigSuite/test-suite, copied from swig/swig with its licence) through itkbindgen: every .i
# file generated in one process, the C# of those that generate compiled with Roslyn and their shims checked with
# g++ -fsyntax-only, two at a time. Prints the count of each outcome and the refusals by kind; fails on a crash, a hang,
# an unlocated refusal, output written on error, output that does not compile, or counts below baseline.txt.
# Arguments are passed on: --update-baseline, --jobs N, --only name1,name2.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tests/SwigSuite"
dotnet build "$here/SwigSuite.csproj" -c Release -nologo -v q -clp:NoSummary
dotnet "$here/bin/Release/net10.0/SwigSuite.dll" "$here/test-suite" "$root/artifacts/swigsuite" "$here/baseline.txt" "$root/native/include" "$@"
