#!/usr/bin/env bash
# Client build time in a fresh JVM, 5 JVMs per provider, median in ms (docs/BENCHMARKS.md, "Start-up").
#   bash benchmarks/client-build-time.sh            # builds the benchmarks jar first
#   bash benchmarks/client-build-time.sh --no-build # reuses benchmarks/target/benchmarks.jar
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
[[ "${1:-}" == "--no-build" ]] || mvn -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
for provider in huawei alibaba; do
  times=()
  for _ in 1 2 3 4 5; do
    times+=("$(java -cp benchmarks/target/benchmarks.jar io.cloudphone.benchmarks.ClientBuildTime "$provider" 2>/dev/null \
      | awk '{print $2}')")
  done
  median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
  echo "$provider: median ${median} ms of ${times[*]}"
done
