#!/usr/bin/env bash
# Load test of the filter service in its three modes: builds the service (Release) and the load-test client once, then
# for each mode starts the service on a loopback port, runs 8 clients posting a median filter request in a loop for
# 10 s while /health and /info are probed every 20 ms, and stops it. Prints each mode's figures and, last, one summary.
# Fails (exit 1, after every mode ran) when the service does not answer /health within LOADTEST_HEALTH_SECONDS
# (default 60) of starting, when any filter request or probe fails in any mode, and when the probes' p99 in the
# -threads + UpdateAsync mode is above the bound (default 50 ms):
#   bash samples/FilterService/loadtest.sh [--max-probe-p99-ms <ms>]
# LOADTEST_SECONDS, LOADTEST_CLIENTS, LOADTEST_SIZE and LOADTEST_RADIUS change the load (defaults 10, 8, 1024, 4).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
max_p99=50
while [ $# -gt 0 ]; do
  case "$1" in
    --max-probe-p99-ms) max_p99="${2:?--max-probe-p99-ms needs a value in milliseconds}"; shift 2 ;;
    *) echo "unknown argument '$1'; usage: loadtest.sh [--max-probe-p99-ms <ms>]" >&2; exit 2 ;;
  esac
done
health_seconds="${LOADTEST_HEALTH_SECONDS:-60}"
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

# Waits until /health answers; false when the service exits or the time runs out first.
wait_for_health() {
  local deadline=$((SECONDS + health_seconds))
  while [ "$SECONDS" -lt "$deadline" ]; do
    curl -fs --max-time 2 "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    kill -0 "$service_pid" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}

summary=()
failures=()
for mode in async sync locked; do
  echo "== mode $mode =="
  timeout $((seconds + health_seconds + 120)) dotnet "$here/bin/Release/net10.0/FilterService.dll" --mode "$mode" \
    --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning >"$out/service-$mode.log" 2>&1 &
  service_pid=$!
  if ! wait_for_health; then
    failures+=("mode $mode: no answer from /health within $health_seconds s of starting the service")
    echo "FAILED: ${failures[-1]}; its log:" >&2
    cat "$out/service-$mode.log" >&2
    stop_service
    continue
  fi
  bound=()
  case "$mode" in
    async) label="async+threads"; bound=(--max-probe-p99 "$max_p99") ;;
    sync) label="sync+threads" ;;
    locked) label="sync without -threads" ;;
  esac
  if ! timeout $((seconds + 180)) dotnet "$here/LoadTest/bin/Release/net10.0/LoadTest.dll" \
    "http://127.0.0.1:$port" "$label" "$seconds" "$clients" "$size" "$radius" "${bound[@]}" | tee "$out/loadtest-$mode.txt"; then
    reasons="$(grep 'FAILED: ' "$out/loadtest-$mode.txt" | sed 's/^.*FAILED: //' | paste -sd ';' - | sed 's/;/; /g' || true)"
    failures+=("mode $mode: ${reasons:-the load-test client ended with an error (see above)}")
  fi
  summary+=("$(grep '^SUMMARY ' "$out/loadtest-$mode.txt" | sed 's/^SUMMARY //' || true)")
  stop_service
done

(IFS=';'; echo "${summary[*]}" | sed 's/;/; /g')
if [ ${#failures[@]} -gt 0 ]; then
  printf 'load test FAILED: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "load test passed: every filter request and probe answered; -threads + UpdateAsync probe p99 <= $max_p99 ms"
