#!/usr/bin/env bash
# Scaling benchmark of the cluster mode (a script, not a test): one silo pinned to one core (taskset) against two
# silos each pinned to a core of its own, each silo with one native-call thread and one ITK thread, behind one front
# end (not pinned) and a membership in a Redis this script starts. The load-test client (LoadTest/) posts a median
# filter request from BENCH_CLIENTS clients for BENCH_SECONDS while /health and /info are probed every 20 ms.
# Prints both runs' figures, the throughput of two silos over one and the /health p99, and a goal line: exit 1 when
# the ratio is below BENCH_GOAL (1.8) or the two-silo /health p99 is at or above BENCH_P99_MS (50).
# Wall figures need a quiet machine: the load average is printed beside them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${BENCH_SECONDS:-30}"
clients="${BENCH_CLIENTS:-4}"
size="${BENCH_SIZE:-512}"
radius="${BENCH_RADIUS:-10}"
goal="${BENCH_GOAL:-1.8}"
p99_goal="${BENCH_P99_MS:-50}"
redis_port="${BENCH_REDIS_PORT:-6399}"
http_port="${BENCH_HTTP_PORT:-5188}"
out="$root/artifacts/filter-cluster-benchmark"
service="$here/bin/Release/net10.0/FilterService.dll"
mkdir -p "$out"

[ "$(nproc)" -ge 2 ] || { echo "needs 2 cores for the two-silo run (nproc: $(nproc))" >&2; exit 1; }
command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install redis-server" >&2; exit 1; }

echo "== building the service and the load-test client (Release) =="
timeout 900 dotnet build "$here/FilterService.csproj" -c Release --nologo -v q
timeout 300 dotnet build "$here/LoadTest/LoadTest.csproj" -c Release --nologo -v q

pids=()
stop_all() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    # A silo leaves the membership on SIGTERM; one that takes too long is killed.
    timeout 15 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
  done
  pids=()
}
trap 'stop_all; [ -n "${redis_pid:-}" ] && kill "$redis_pid" 2>/dev/null || true' EXIT

redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$out/redis.log" 2>&1 &
redis_pid=$!
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
  sleep 0.1
done

# CPU seconds (user + system) the given processes have used so far.
cpu_seconds() {
  local ticks=0 pid
  for pid in "$@"; do
    ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}

# run_case N: N silos on cores 0..N-1, the front end, the load; leaves "requests/s health-p99" in $result.
run_case() {
  local count=$1 cluster="bench-$1-$$"
  for i in $(seq 1 "$count"); do
    taskset -c $((i - 1)) dotnet "$service" --role silo --FilterCluster:Redis="127.0.0.1:$redis_port" \
      --FilterCluster:ClusterId="$cluster" --FilterCluster:SiloName="silo-$i" \
      --FilterCluster:SiloPort=$((11300 + i)) --FilterCluster:GatewayPort=$((30300 + i)) \
      --FilterCluster:NativeCalls=1 --FilterCluster:ItkThreads=1 --FilterCluster:ParentProcessId=$$ \
      --Logging:LogLevel:Default=Warning >"$out/silo-$count-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$count"); do
    for _ in $(seq 1 600); do
      grep -q "^SILO READY" "$out/silo-$count-$i.log" && break
      kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { cat "$out/silo-$count-$i.log" >&2; exit 1; }
      sleep 0.1
    done
  done
  dotnet "$service" --role frontend --urls "http://127.0.0.1:$http_port" --FilterCluster:Redis="127.0.0.1:$redis_port" \
    --FilterCluster:ClusterId="$cluster" --FilterService:MaxActiveJobs=64 --Logging:LogLevel:Default=Warning >"$out/frontend-$count.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$http_port/health" 2>/dev/null | grep -q "\"activeSilos\":$count" && break
    sleep 0.1
  done
  echo "== $count silo(s), load average before: $(cut -d' ' -f1-3 /proc/loadavg) =="
  local silo_pids=("${pids[@]:0:$count}") frontend_pid="${pids[$count]}" silo_cpu frontend_cpu started
  silo_cpu=$(cpu_seconds "${silo_pids[@]}")
  frontend_cpu=$(cpu_seconds "$frontend_pid")
  started=$(date +%s.%N)
  timeout $((seconds + 300)) dotnet "$here/LoadTest/bin/Release/net10.0/LoadTest.dll" \
    "http://127.0.0.1:$http_port" "$count silo(s)" "$seconds" "$clients" "$size" "$radius" | tee "$out/loadtest-$count.txt"
  # The cores the silos actually got: on a busy machine fewer than they were pinned to.
  awk -v s="$(cpu_seconds "${silo_pids[@]}")" -v s0="$silo_cpu" -v f="$(cpu_seconds "$frontend_pid")" -v f0="$frontend_cpu" \
    -v t0="$started" -v t1="$(date +%s.%N)" \
    'BEGIN { w = t1 - t0; printf "CPU during the load: silos %.1f s (%.2f cores), front end %.1f s, over %.1f s\n", s - s0, (s - s0) / w, f - f0, w }'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  local summary
  summary="$(grep '^SUMMARY ' "$out/loadtest-$count.txt")"
  result="$(echo "$summary" | sed -E 's/.* ([0-9.]+) filter requests\/s.*/\1/') $(echo "$summary" | sed -E 's/.*health p99 ([0-9.]+) ms.*/\1/')"
  curl -fs "http://127.0.0.1:$http_port/cluster" >"$out/cluster-$count.json" || true
  stop_all
}

run_case 1
read -r one_rate one_p99 <<<"$result"
run_case 2
read -r two_rate two_p99 <<<"$result"

ratio=$(awk -v a="$two_rate" -v b="$one_rate" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
echo "one silo on one core: $one_rate requests/s, /health p99 $one_p99 ms"
echo "two silos, a core each: $two_rate requests/s, /health p99 $two_p99 ms"
echo "throughput two over one: ${ratio}x (goal >= ${goal}x); load average now $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if awk -v r="$ratio" -v g="$goal" -v p="$two_p99" -v pg="$p99_goal" 'BEGIN { exit !(r >= g && p < pg) }'; then
  echo "GOAL MET: ${ratio}x >= ${goal}x and /health p99 $two_p99 ms < $p99_goal ms"
else
  echo "GOAL MISSED: ${ratio}x (goal ${goal}x), /health p99 $two_p99 ms (goal < $p99_goal ms)" >&2
  exit 1
fi
