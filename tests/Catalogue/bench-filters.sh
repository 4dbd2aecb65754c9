#!/usr/bin/env bash
# The filters' run time under each compiler and optimisation the shim can be built with (a benchmark, not a test):
# generates the shim of tests/Catalogue/bench/Filters.i once, builds it with each configuration and a program that
# times Update() of the shim's own filter objects, then runs the programs in turns and prints every filter's best time
# against the first configuration, today's build (g++, the Release type's -O3), and writes the geometric means of
# the ratios to artifacts/filters-bench/summary.txt for bench-build.sh.
#   bash tests/Catalogue/bench-filters.sh [rounds] [image size]      (default: 5 rounds, 512x512)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-5}"
size="${2:-512}"
work="$root/artifacts/filters-bench"
rm -rf "$work" && mkdir -p "$work"
dotnet build "$root/generator" -c Release -nologo -v q -clp:NoSummary >/dev/null
dotnet "$root/generator/bin/Release/net10.0/itkbindgen.dll" "$root/tests/Catalogue/bench/Filters.i" --target itk \
  -I /usr/include/ITK-5.2 -outdir "$work/gen/cs" -o "$work/gen/native/BenchFilters_wrap.cpp" --nowarn IBG3001,IBG3003,IBG3009,IBG3010
cat > "$work/gen/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(FiltersBench C CXX)
include("$work/gen/native/BenchFilters.cmake")
add_executable(filters_bench "$root/tests/Catalogue/bench/filters_bench.cpp")
target_compile_features(filters_bench PRIVATE cxx_std_17)
target_include_directories(filters_bench PRIVATE "$work/gen/native")
target_link_libraries(filters_bench PRIVATE BenchFilters \${ITK_LIBRARIES})
CMAKE

# The last configuration is clang++ -O3 again with the instantiations its units share compiled once
# (--shared-instantiations, learned from the clang++ -O3 build): the units then call those classes' out-of-line members
# rather than inlining them, and this measures what that costs the filters.
sed "s|$work/gen/native|$work/gen-listed/native|" "$work/gen/CMakeLists.txt" >"$work/CMakeLists-listed.txt"

# name|compiler|ITKBINDGEN_OPTIMIZATION (empty: the Release build type's -O3)
configurations=("g++ -O3 (today)|g++|" "g++ -O2|g++|-O2" "clang++ -O2|clang++|-O2" "clang++ -O3|clang++|-O3" "clang++ -O3 shared|clang++|-O3")
for i in "${!configurations[@]}"; do
  IFS='|' read -r name compiler optimization <<<"${configurations[$i]}"
  source_dir="$work/gen"
  if [ "$name" = "clang++ -O3 shared" ]; then
    # build-3 is the "clang++ -O3" configuration above.
    dotnet "$root/generator/bin/Release/net10.0/itkbindgen.dll" learn-instantiations --compile-commands "$work/build-3/compile_commands.json" \
      --shim "$work/gen/native/BenchFilters_wrap.cpp" -o "$work/BenchFilters.instantiations.txt" >"$work/learn.txt"
    head -1 "$work/learn.txt"
    dotnet "$root/generator/bin/Release/net10.0/itkbindgen.dll" "$root/tests/Catalogue/bench/Filters.i" --target itk -I /usr/include/ITK-5.2 \
      --shared-instantiations "$work/BenchFilters.instantiations.txt" -outdir "$work/gen-listed/cs" -o "$work/gen-listed/native/BenchFilters_wrap.cpp" \
      --nowarn IBG3001,IBG3003,IBG3009,IBG3010
    cp "$work/CMakeLists-listed.txt" "$work/gen-listed/CMakeLists.txt"
    source_dir="$work/gen-listed"
  fi
  # Every compiler and linker run's CPU seconds (user + system) go to a file a configuration: the flags' build cost.
  launcher="/usr/bin/time;-a;-o;$work/build-$i.cpu;-f;%U %S"
  cmake -S "$source_dir" -B "$work/build-$i" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$compiler" \
    -DITKBINDGEN_OPTIMIZATION="$optimization" -DITKBINDGEN_CCACHE=OFF -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" \
    -DCMAKE_CXX_LINKER_LAUNCHER="$launcher" >/dev/null
  nice -n 5 cmake --build "$work/build-$i" -j2 >/dev/null
  printf '%s: build %.0f s CPU (load average %s)\n' "$name" "$(awk '{ s += $1 + $2 } END { print s }' "$work/build-$i.cpu")" \
    "$(cut -d' ' -f1 /proc/loadavg)"
done

# Turns, so a change in the machine's load touches every configuration alike; each program times 3 or more updates a filter.
for round in $(seq "$rounds"); do
  for i in "${!configurations[@]}"; do
    "$work/build-$i/filters_bench" "$size" 3 | sed "s/^/$i /" >>"$work/times.txt"
  done
done

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); ${size}x${size} float image, one thread, the best of at least $((rounds * 3)) updates"
python3 - "$work/times.txt" "$work/summary.txt" "${configurations[@]}" <<'PY'
import math, sys
configurations = [c.split('|') for c in sys.argv[3:]]
names = [c[0] for c in configurations]
best, sums = {}, {}
for line in open(sys.argv[1]):
    config, filter_name, ms, checksum = line.split()
    key = (filter_name, int(config))
    best[key] = min(best.get(key, 1e300), float(ms))
    sums.setdefault(filter_name, set()).add(checksum)
filters = sorted({f for f, _ in best})
print(f"{'filter (ms)':<30}" + "".join(f"{n:>18}" for n in names))
logs = [0.0] * len(names)
for f in filters:
    base = best[(f, 0)]
    cells = [f"{best[(f, 0)]:>18.3g}"]
    for c in range(1, len(names)):
        ratio = best[(f, c)] / base
        logs[c] += math.log(ratio)
        cells.append(f"{best[(f, c)]:>10.3g} ({ratio:4.2f})")
    print(f"{f:<30}" + "".join(cells) + ("" if len(sums[f]) == 1 else "   outputs differ"))
means = [math.exp(l / len(filters)) for l in logs]
print(f"{'geometric mean of the ratios':<30}{'1.00':>18}" + "".join(f"{m:>18.3f}" for m in means[1:]))
# compiler and flag|geometric mean, for tests/Catalogue/bench-build.sh
with open(sys.argv[2], "w") as summary:
    for (name, compiler, flag), mean in zip(configurations, means):
        summary.write(f"{compiler} {flag or '-O3'}{' shared' if name.endswith('shared') else ''}|{mean:.3f}\n")
PY
