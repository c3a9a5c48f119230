#!/usr/bin/env bash
# JShell launch times through examples/jshell/jshell.sh on the embedded fake, 5 runs each, median in seconds
# (docs/BENCHMARKS.md, "Start-up"): to the prompt (`/exit` typed at once) and to the first result (a listing).
#   bash benchmarks/jshell-launch-time.sh [launcher]    # default: examples/jshell/jshell.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="${1:-$ROOT/examples/jshell/jshell.sh}"
env -u HUAWEICLOUD_SDK_AK -u ALIBABA_CLOUD_ACCESS_KEY_ID bash "$launcher" </dev/null >/dev/null 2>&1 # warm build
measure() {
  local label="$1" typed="$2" times=()
  for _ in 1 2 3 4 5; do
    local start end
    start="$(date +%s.%N)"
    printf '%s\n' "$typed" | env -u HUAWEICLOUD_SDK_AK -u ALIBABA_CLOUD_ACCESS_KEY_ID bash "$launcher" >/dev/null 2>&1
    end="$(date +%s.%N)"
    times+=("$(echo "$end - $start" | bc)")
  done
  echo "$label: median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) s of ${times[*]}"
}
measure "launch to prompt" "/exit"
measure "launch to first result" "cloud.phones().list(PhoneFilter.all()).stream().count()"
