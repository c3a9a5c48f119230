#!/usr/bin/env bash
# Opens JShell with the SDK and the examples on the class path and a ready `cloud` (see cloud.jsh).
# Arguments go to JShell after cloud.jsh: scripts to run (examples/jshell/bulk-restart.jsh) or JShell options.
#   bash examples/jshell/jshell.sh
#   bash examples/jshell/jshell.sh examples/jshell/bulk-restart.jsh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jshell="${JAVA_HOME:+$JAVA_HOME/bin/}jshell"

# Builds the SDK (no install: nothing goes to ~/.m2) and writes each module's class path to its
# target/jshell.classpath; the examples module's is the one needed here.
mvn -q -B -f "$root/pom.xml" -pl examples -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/jshell.classpath -Dmdep.includeScope=runtime
classpath="$root/examples/target/classes:$(cat "$root/examples/target/jshell.classpath")"

exec "$jshell" --class-path "$classpath" --startup DEFAULT "$here/cloud.jsh" "$@"
