#!/usr/bin/env bash
# Makes sure the Debian packages the build and tests need are present: installs them as root, names them otherwise.
set -euo pipefail

# clang and zlib1g-dev: the NativeAOT linker step (dotnet publish -p:PublishAot=true).
# chromium: the filter service's page tests (tests/FilterService.Tests, headless through PuppeteerSharp).
# redis-server: the cluster mode's membership store (the cluster tests start and stop their own on loopback).
# ninja-build: the generator the MSBuild step gives CMake when present (an added shim unit rebuilds alone).
# ccache: the shims' compiler cache (a rebuild of unchanged shim sources is a look-up; the generated CMake uses it when present).
packages=(cmake g++ make libgtest-dev libclang-common-19-dev libclang-19-dev libinsighttoolkit5-dev clang zlib1g-dev chromium redis-server ccache ninja-build)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet on PATH)." >&2
  exit 1
fi
