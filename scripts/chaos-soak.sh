#!/usr/bin/env bash
# Long fault-injection runs for docs/testing.md: RUNS runs of ./cairn chaos under one nemesis,
# the workloads taking turns, run n with seed n (from FIRST, default 1, so an interrupted series
# can go on); one Markdown table row per run as it ends.
#
#   scripts/chaos-soak.sh NEMESIS [RUNS] [SECONDS] [OUT] [FIRST]
#   scripts/chaos-soak.sh partition 10 300 /tmp/soak-partition
#   CHAOS_ARGS="--partition-by transport" scripts/chaos-soak.sh partition 10 300 /tmp/soak-transport
#
# CHAOS_ARGS: more options for every ./cairn chaos run (split on spaces).
# Exits non-zero when any run was not valid; each run's history, verdict and report stay in OUT/<n>.
set -euo pipefail
cd "$(dirname "$0")/.."

nemesis=${1:?usage: scripts/chaos-soak.sh NEMESIS [RUNS] [SECONDS] [OUT] [FIRST]}
runs=${2:-10}
seconds=${3:-300}
out=${4:-/tmp/cairn-soak-$nemesis}
first=${5:-1}
workloads=(register set counter)
command -v jq >/dev/null || { echo "chaos-soak: needs jq" >&2; exit 2; }
mkdir -p "$out"

echo "| run | workload | nemesis | seed | s | operations | ok | fail | info | ops/s | faults | verdict |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
failed=0
for run in $(seq "$first" $((first + runs - 1))); do
    workload=${workloads[$(((run - 1) % ${#workloads[@]}))]}
    dir="$out/$run"
    rm -rf "$dir"
    # shellcheck disable=SC2086 # CHAOS_ARGS is a list of options
    if ./cairn chaos --workload "$workload" --nemesis "$nemesis" --time "$seconds" --seed "$run" --out "$dir" \
            ${CHAOS_ARGS:-} >"$out/$run.log" 2>&1; then
        status=0
    else
        status=$?
    fi
    if [ -f "$dir/verdict.json" ]; then
        jq -r --arg run "$run" '"| \($run) | \(.workload) | \(.nemeses | join(",")) | \(.seed) | \(.seconds) | \(.operations) | \(.ok) | \(.fail) | \(.info) | \(.ops_per_second) | \(.faults | length) | \(if .valid then "valid" else "INVALID" end) |"' \
            "$dir/verdict.json"
    else
        echo "| $run | $workload | $nemesis | $run | $seconds | - | - | - | - | - | - | no verdict (exit $status, see $out/$run.log) |"
    fi
    [ "$status" -eq 0 ] || failed=$((failed + 1))
done
echo
echo "$runs runs, $failed not valid; logs and histories in $out"
[ "$failed" -eq 0 ]
