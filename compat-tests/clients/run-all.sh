#!/usr/bin/env bash
# Starts CairnDB (./cairn dev) on a free loopback port with a temporary data directory, waits for
# /health (with a deadline), runs the AWS CLI and boto3 tours against it, and stops the server by its
# PID. Exit status: 0 only if the server came up and both tours passed.
# Needs: awscli, python3-boto3, jq (Debian packages), curl.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLIENTS="$ROOT/compat-tests/clients"
DEADLINE_SECONDS="${CAIRN_START_DEADLINE:-180}"   # includes building the jar on first use

PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
DATA=$(mktemp -d "${TMPDIR:-/tmp}/cairn-clients.XXXXXX")
LOG="$DATA.log"
ENDPOINT="http://127.0.0.1:$PORT"

"$ROOT/cairn" dev --port "$PORT" --data "$DATA" >"$LOG" 2>&1 &
SERVER_PID=$!
stop_server() {
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$DATA" "$LOG"
}
trap stop_server EXIT

started=$(date +%s)
until curl -fsS "$ENDPOINT/health" >/dev/null 2>&1; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "run-all: cairn dev exited before becoming healthy; log:" >&2
        cat "$LOG" >&2
        exit 1
    fi
    if [ $(( $(date +%s) - started )) -ge "$DEADLINE_SECONDS" ]; then
        echo "run-all: $ENDPOINT/health not up within ${DEADLINE_SECONDS}s; log:" >&2
        cat "$LOG" >&2
        exit 1
    fi
    sleep 0.5
done
echo "run-all: CairnDB healthy at $ENDPOINT after $(( $(date +%s) - started ))s"

status=0
"$CLIENTS/aws-cli-tour.sh" "$ENDPOINT" || status=1
/usr/bin/python3 "$CLIENTS/boto3_tour.py" "$ENDPOINT" || status=1
if [ "$status" -ne 0 ]; then
    echo "run-all: a client tour failed; server log: $LOG" >&2
else
    rm -f "$LOG"
fi
exit "$status"
