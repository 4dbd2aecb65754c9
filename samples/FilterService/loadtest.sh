#!/usr/bin/env bash
# Load test of the filter service in its three modes: builds the service (Release) and the load-test client once, then
# for each mode starts the service on a loopback port, runs 8 clients posting a median filter request in a loop for
# 10 s while /health and /info are probed every 20 ms, and stops it. Prints each mode's figures and, last, one summary.
# LOADTEST_SECONDS, LOADTEST_CLIENTS, LOADTEST_SIZE and LOADTEST_RADIUS change the load (defaults 10, 8, 1024, 4).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${LOADTEST_SECONDS:-10}"
clients="${LOADTEST_CLIENTS:-8}"
size="${LOADTEST_SIZE:-1024}"
radius="${LOADTEST_RADIUS:-4}"
port="${LOADTEST_PORT:-5187}"
out="$root/artifacts/filter-service-loadtest"
mkdir -p "$out"

echo "== building the service and the load-test client (Release) =="
timeout 900 dotnet build "$here/FilterService.csproj" -c Release --nologo -v q
timeout 300 dotnet build "$here/LoadTest/LoadTest.csproj" -c Release --nologo -v q

service_pid=""
stop_service() {
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  service_pid=""
}
trap stop_service EXIT

summary=()
for mode in async sync locked; do
  echo "== mode $mode =="
  timeout $((seconds + 120)) dotnet "$here/bin/Release/net10.0/FilterService.dll" --mode "$mode" \
    --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning >"$out/service-$mode.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$service_pid" 2>/dev/null || { cat "$out/service-$mode.log" >&2; exit 1; }
    sleep 0.2
  done
  case "$mode" in
    async) label="async+threads" ;;
    sync) label="sync+threads" ;;
    locked) label="sync without -threads" ;;
  esac
  timeout $((seconds + 180)) dotnet "$here/LoadTest/bin/Release/net10.0/LoadTest.dll" \
    "http://127.0.0.1:$port" "$label" "$seconds" "$clients" "$size" "$radius" | tee "$out/loadtest-$mode.txt"
  summary+=("$(grep '^SUMMARY ' "$out/loadtest-$mode.txt" | sed 's/^SUMMARY //')")
  stop_service
done

(IFS=';'; echo "${summary[*]}" | sed 's/;/; /g')
