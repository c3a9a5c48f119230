#!/usr/bin/env bash
# Runtime dependency weight: the jars a user's application ships when it depends on one of our provider modules,
# against the jars it ships when it depends on that provider's official SDK.
#
#   bash benchmarks/dependency-weight.sh                  # both providers (from the repository root)
#   bash benchmarks/dependency-weight.sh huawei           # sdk-huawei vs com.huaweicloud.sdk:huaweicloud-sdk-cph
#   bash benchmarks/dependency-weight.sh alibaba          # sdk-alibaba vs com.aliyun:eds_aic20230930
#
# Needs only bash and Maven. Ours: the module's runtime closure (mvn dependency:copy-dependencies
# -DincludeScope=runtime, built in the reactor so nothing has to be installed first) plus the sdk-core and module
# jars themselves. Official: the runtime closure of a throwaway project that depends on the official artifact only,
# that artifact included. Target for each: ours <= 6 MB (6,000,000 bytes). Exits 1 when any target is missed.
set -euo pipefail

HUAWEI_OFFICIAL="com.huaweicloud.sdk:huaweicloud-sdk-cph:${HUAWEI_OFFICIAL_VERSION:-${OFFICIAL_VERSION:-3.1.143}}"
ALIBABA_OFFICIAL="com.aliyun:eds_aic20230930:${ALIBABA_OFFICIAL_VERSION:-3.8.2}"
LIMIT_BYTES=6000000
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dependency-weight.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
MVN=(mvn -q -B)

total() {
  local sum=0 f
  for f in "$1"/*.jar; do sum=$((sum + $(wc -c < "$f"))); done
  echo "$sum"
}
list() {
  local f
  for f in "$1"/*.jar; do printf '  %10d  %s\n' "$(wc -c < "$f")" "$(basename "$f")"; done | sort -rn
}
mb() { awk -v b="$1" 'BEGIN { printf "%.2f MB (%.2f MiB)", b / 1000000, b / 1048576 }'; }

# measure MODULE GROUP:ARTIFACT:VERSION -> prints both closures; returns 1 when ours is over the limit
measure() {
  local module="$1" official="$2" group artifact version
  IFS=: read -r group artifact version <<< "$official"

  # --- ours ---
  mkdir -p "$WORK/$module/ours"
  (cd "$ROOT" && "${MVN[@]}" -pl "$module" -am -DskipTests package dependency:copy-dependencies \
      -DincludeScope=runtime -DexcludeGroupIds=io.cloudphone -DoutputDirectory="$WORK/$module/ours")
  cp "$ROOT"/sdk-core/target/sdk-core-*.jar "$ROOT/$module"/target/"$module"-*.jar "$WORK/$module/ours/"
  rm -f "$WORK/$module"/ours/*-tests.jar "$WORK/$module"/ours/*-sources.jar "$WORK/$module"/ours/*-javadoc.jar

  # --- official ---
  mkdir -p "$WORK/$module/official-project" "$WORK/$module/official"
  cat > "$WORK/$module/official-project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>weight.check</groupId>
  <artifactId>official-closure</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>${group}</groupId>
      <artifactId>${artifact}</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
POM
  (cd "$WORK/$module/official-project" && "${MVN[@]}" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$WORK/$module/official")

  # --- report ---
  local ours official_bytes
  ours=$(total "$WORK/$module/ours")
  official_bytes=$(total "$WORK/$module/official")
  echo "== $module =="
  echo "$module runtime closure ($(ls "$WORK/$module/ours"/*.jar | wc -l) jars):"
  list "$WORK/$module/ours"
  echo "  total: $ours bytes = $(mb "$ours")"
  echo
  echo "$artifact $version runtime closure ($(ls "$WORK/$module/official"/*.jar | wc -l) jars):"
  list "$WORK/$module/official"
  echo "  total: $official_bytes bytes = $(mb "$official_bytes")"
  echo
  awk -v o="$ours" -v f="$official_bytes" 'BEGIN { printf "ratio official/ours: %.2fx\n", f / o }'
  if [ "$ours" -le "$LIMIT_BYTES" ]; then
    echo "target $module <= 6 MB: MET"
    echo
    return 0
  fi
  echo "target $module <= 6 MB: NOT MET"
  echo
  return 1
}

status=0
for provider in "${@:-huawei alibaba}"; do
  for p in $provider; do
    case "$p" in
      huawei) measure sdk-huawei "$HUAWEI_OFFICIAL" || status=1 ;;
      alibaba) measure sdk-alibaba "$ALIBABA_OFFICIAL" || status=1 ;;
      *) echo "unknown provider: $p (huawei or alibaba)" >&2; exit 2 ;;
    esac
  done
done
exit "$status"
