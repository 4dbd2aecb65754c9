#!/usr/bin/env bash
# The main job: generates the ItkCore bindings (with and without -threads), builds the shims with CMake,
# compiles the demo and runs it: filters an image and calls one filter from two threads.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/.ci/prerequisites.sh"
dotnet run --project "$root/samples/MedianDemo" -c Release -- "${1:-$root/artifacts/median-demo}"
