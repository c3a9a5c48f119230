#!/usr/bin/env bash
# Runtime dependency weight: the jars a user's application ships when it depends on sdk-huawei, against the
# jars it ships when it depends on the official com.huaweicloud.sdk:huaweicloud-sdk-cph.
#
#   bash benchmarks/dependency-weight.sh            # from the repository root (needs only bash and Maven)
#
# Ours: sdk-huawei's runtime closure (mvn dependency:copy-dependencies -DincludeScope=runtime, built in the
# reactor so nothing has to be installed first) plus the sdk-core and sdk-huawei jars themselves.
# Official: the runtime closure of a throwaway project that depends on huaweicloud-sdk-cph only, the cph jar
# included. Target: ours <= 6 MB (6,000,000 bytes).
set -euo pipefail

OFFICIAL_VERSION="${OFFICIAL_VERSION:-3.1.143}"
LIMIT_BYTES=6000000
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dependency-weight.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
MVN=(mvn -q -B)

# --- ours -------------------------------------------------------------------------------------------------
mkdir -p "$WORK/ours"
(cd "$ROOT" && "${MVN[@]}" -pl sdk-huawei -am -DskipTests package dependency:copy-dependencies \
    -DincludeScope=runtime -DexcludeGroupIds=io.cloudphone -DoutputDirectory="$WORK/ours")
cp "$ROOT"/sdk-core/target/sdk-core-*.jar "$ROOT"/sdk-huawei/target/sdk-huawei-*.jar "$WORK/ours/"
rm -f "$WORK"/ours/*-tests.jar "$WORK"/ours/*-sources.jar "$WORK"/ours/*-javadoc.jar

# --- official -----------------------------------------------------------------------------------------------
mkdir -p "$WORK/official-project" "$WORK/official"
cat > "$WORK/official-project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>weight.check</groupId>
  <artifactId>official-cph-closure</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>com.huaweicloud.sdk</groupId>
      <artifactId>huaweicloud-sdk-cph</artifactId>
      <version>${OFFICIAL_VERSION}</version>
    </dependency>
  </dependencies>
</project>
POM
(cd "$WORK/official-project" && "${MVN[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$WORK/official")

# --- report -------------------------------------------------------------------------------------------------
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

OURS=$(total "$WORK/ours")
OFFICIAL=$(total "$WORK/official")
echo "sdk-huawei runtime closure ($(ls "$WORK/ours"/*.jar | wc -l) jars):"
list "$WORK/ours"
echo "  total: $OURS bytes = $(mb "$OURS")"
echo
echo "huaweicloud-sdk-cph $OFFICIAL_VERSION runtime closure ($(ls "$WORK/official"/*.jar | wc -l) jars):"
list "$WORK/official"
echo "  total: $OFFICIAL bytes = $(mb "$OFFICIAL")"
echo
awk -v o="$OURS" -v f="$OFFICIAL" 'BEGIN { printf "ratio official/ours: %.2fx\n", f / o }'
if [ "$OURS" -le "$LIMIT_BYTES" ]; then
  echo "target ours <= 6 MB: MET"
else
  echo "target ours <= 6 MB: NOT MET"
  exit 1
fi
