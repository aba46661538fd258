#!/usr/bin/env bash
# CPU profile of running CairnDB JVMs with async-profiler (Java, native and kernel frames, per
# thread), for "where does the time go" questions that JFR's Java-only samples cannot answer.
#
#   scripts/profile-cpu.sh SECONDS OUT_DIR PID [PID...]
#
# Attaches to each PID (jcmd JVMTI.agent_load), samples CPU every millisecond for SECONDS, and
# writes OUT_DIR/<pid>.collapsed (one line per stack: "thread;frame;...;frame count", the format
# flame-graph tools read), then prints each process's busiest threads and hottest frames.
# async-profiler comes from Maven Central (tools.profiler:async-profiler) into target/, once.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/java-home.sh
source "$ROOT/scripts/java-home.sh"

if [ $# -lt 3 ]; then
    echo "usage: $0 SECONDS OUT_DIR PID [PID...]" >&2
    exit 2
fi
SECONDS_TO_SAMPLE=$1
OUT=$2
shift 2
VERSION=4.2
TOOLS="$ROOT/target/profiler"
LIB="$TOOLS/linux-x64/libasyncProfiler.so"

if [ ! -f "$LIB" ]; then
    mkdir -p "$TOOLS"
    (cd "$ROOT" && ./mvnw -B -q -N dependency:copy \
        -Dartifact="tools.profiler:async-profiler:$VERSION:jar:linux-x64" -DoutputDirectory="$TOOLS")
    (cd "$TOOLS" && unzip -q -o "async-profiler-$VERSION-linux-x64.jar" 'linux-x64/*')
fi
mkdir -p "$OUT"

agent() { # PID ARGUMENTS: the quotes keep jcmd from splitting the agent's comma-separated options
    "$JAVA_HOME/bin/jcmd" "$1" JVMTI.agent_load "$LIB" "\"$2\"" > /dev/null
}

for pid in "$@"; do
    agent "$pid" "start,event=cpu,interval=1ms,threads"
done
sleep "$SECONDS_TO_SAMPLE"
for pid in "$@"; do
    agent "$pid" "stop,file=$(cd "$OUT" && pwd)/$pid.collapsed,collapsed"
done

for pid in "$@"; do
    python3 - "$OUT/$pid.collapsed" <<'EOF'
import collections, re, sys
threads, frames, total = collections.Counter(), collections.Counter(), 0
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(" ")
    count = int(count)
    total += count
    parts = stack.split(";")
    threads[re.sub(r"\d+", "#", parts[0].strip("[]"))] += count
    frames[parts[-1]] += count
print(f"{sys.argv[1]}: {total} samples (1 ms of CPU each)")
print("  busiest threads (digits folded):")
for name, n in threads.most_common(12):
    print(f"    {n:7d} {100 * n / total:5.1f}%  {name}")
print("  hottest frames (self time):")
for name, n in frames.most_common(12):
    print(f"    {n:7d} {100 * n / total:5.1f}%  {name[:110]}")
EOF
done
