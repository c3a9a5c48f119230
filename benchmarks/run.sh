#!/usr/bin/env bash
# Builds the JMH uber jar and runs every benchmark once with the settings docs/BENCHMARKS.md reports.
#   bash benchmarks/run.sh                 # all benchmarks, both providers (about 8 minutes on 2 cores)
#   bash benchmarks/run.sh Signing         # a JMH include regex (this one: Huawei's and Alibaba's signing)
#   bash benchmarks/run.sh 'Alibaba|DescribeAndroid'   # only the Alibaba benchmarks
# Results: console, and benchmarks/target/jmh-result.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar "${@:-.*}" \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc \
  -rf json -rff benchmarks/target/jmh-result.json
