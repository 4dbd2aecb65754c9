#!/usr/bin/env bash
# Binds the system ITK 5.2 with the generator, builds the shim against it, and runs the demo:
# median, Gaussian and threshold on an image (argument: a PNG or MetaImage file; none: a generated one),
# then one median filter on two threads, serial vs overlapped.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/.ci/prerequisites.sh"
dotnet run --project "$root/samples/RealItk" -c Release -- "$@"
