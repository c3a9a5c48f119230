#!/usr/bin/env bash
# Opens JShell with the SDK and the examples on the class path and a ready `cloud` (see cloud.jsh).
# Arguments go to JShell after cloud.jsh: scripts to run (examples/jshell/bulk-restart.jsh) or JShell options.
#   bash examples/jshell/jshell.sh
#   bash examples/jshell/jshell.sh examples/jshell/bulk-restart.jsh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jshell="${JAVA_HOME:+$JAVA_HOME/bin/}jshell"
target="$root/examples/target"
classpath_file="$target/jshell.classpath"
stamp="$target/jshell.stamp"

# Whether a main source or a pom changed since the last successful build (or nothing was built yet).
stale() {
  [[ -s "$classpath_file" && -f "$stamp" ]] || return 0
  [[ -n "$(find "$root" \( -name target -o -name .git \) -prune -o \
    \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$stamp" -print -quit)" ]]
}

# Builds the SDK (no install: nothing goes to ~/.m2) and writes each module's runtime class path (no test jars)
# to its target/jshell.classpath; the examples module's is the one needed here. The stamp is taken before the
# build, so a file saved during it still counts as newer next time.
if stale; then
  mkdir -p "$target"
  touch "$stamp.next"
  mvn -q -B -f "$root/pom.xml" -pl examples -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/jshell.classpath -DincludeScope=runtime
  mv "$stamp.next" "$stamp"
fi
classpath="$root/examples/target/classes:$(cat "$classpath_file")"

exec "$jshell" --class-path "$classpath" --startup DEFAULT "$here/cloud.jsh" "$@"
