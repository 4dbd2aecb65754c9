#!/usr/bin/env bash
# Follows docs/getting-started.md to the letter in a temporary folder: its ```bash blocks are run in order from the
# repository's root, in one shell, and each block marked <!-- file: NAME --> is saved as NAME where the shell is then;
# the program's output must hold every line of the block marked <!-- output -->. Everything made is removed after.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
page="${1:-$root/docs/getting-started.md}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private package cache (NuGet keeps the first copy of a version it sees), CLI home (its local-tool cache would
# point at the last run's removed folder) and temporary folder; no build servers outliving the run.
export NUGET_PACKAGES="$work/nuget" DOTNET_CLI_HOME="$work/home" TMPDIR="$work/tmp" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
mkdir -p "$TMPDIR"

# The page as one script: bash blocks as they are, file blocks as here-documents, the output block kept apart.
awk -v expected="$work/expected.txt" '
  /^<!-- file: / { file = $3; sub(/;$/, "", file); next }
  /^<!-- output -->/ { output = 1; next }
  /^<!-- snippet: skip/ { skip = 1; next }
  /^```[a-z]+$/ {
    lang = substr($0, 4); inblock = 1
    if (output) { mode = "output" } else if (file != "") { mode = "file"; print "cat > \"" file "\" <<'"'"'GETTING_STARTED_FILE'"'"'" }
    else if (lang == "bash" && !skip) { mode = "bash"; print "echo \"+++ docs/getting-started.md, line " NR "\"" } else { mode = "none" }
    next
  }
  /^```$/ && inblock { if (mode == "file") print "GETTING_STARTED_FILE"; inblock = 0; file = ""; output = 0; skip = 0; next }
  inblock && mode == "output" { print > expected; next }
  inblock && (mode == "bash" || mode == "file") { print; next }
' "$page" > "$work/steps.sh"
test -s "$work/expected.txt" || { echo "getting-started.sh: $page has no <!-- output --> block" >&2; exit 1; }

cd "$root"
timeout 1200 bash -euo pipefail "$work/steps.sh" 2>&1 | tee "$work/run.log"
while IFS= read -r line; do
  if ! grep -qxF -- "$line" "$work/run.log"; then
    echo "getting-started.sh: the program did not print the line the page shows: $line" >&2
    exit 1
  fi
done < "$work/expected.txt"
echo "getting-started.sh: every step of $(basename "$page") ran and the program printed what the page shows"
