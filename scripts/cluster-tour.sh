#!/usr/bin/env bash
# The multi-process cluster from the command line, as a user drives it: `./cairn cluster up` with
# 3 nodes on free ports, `./cairn status` (text and JSON), the AWS CLI tour against the router,
# kill -9 of a node with `cluster stop-node --kill` while writes continue, the node back with
# `cluster start-node`, then `cluster down`, checking every recorded PID is gone.
# Exit status 0 only if every step passed. Needs: awscli, jq, curl, python3 (for free ports).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CAIRN="$ROOT/cairn"
DIR=$(mktemp -d "${TMPDIR:-/tmp}/cairn-cluster-tour.XXXXXX")
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
PORT=$(free_port)
RAFT=$(( 21000 + RANDOM % 8000 ))   # every node listens on its own 127.0.0.x: a random pair rarely collides
ENDPOINT="http://127.0.0.1:$PORT"
export AWS_ACCESS_KEY_ID=tour AWS_SECRET_ACCESS_KEY=tour AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" AWS_MAX_ATTEMPTS=1
fail() { echo "cluster-tour: FAILED: $*" >&2; tail -n 20 "$DIR"/logs/*.log >&2 || true; exit 1; }
finish() {
    "$CAIRN" cluster down --dir "$DIR" >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap finish EXIT

"$CAIRN" cluster up --nodes 3 --dir "$DIR" --port "$PORT" --raft-port "$RAFT" --grpc-port $(( RAFT + 1 )) \
    || fail "cluster up"
[ "$(jq '.processes | length' "$DIR/cluster.json")" = 4 ] || fail "cluster.json lists 4 processes"

"$CAIRN" status --endpoint "$ENDPOINT"
# The balancer may be moving a leadership right now (a group is leaderless for a moment), so wait for
# a status where every group has a leader, with a deadline, instead of judging one snapshot.
all_led() { jq -e 'all(.groups[]; .leader != "")' <<<"$1" >/dev/null; }
deadline=$(( SECONDS + 30 ))
status=$("$CAIRN" status --endpoint "$ENDPOINT" --json)
until all_led "$status"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "every group has a leader within 30 s: $status"
    sleep 0.5
    status=$("$CAIRN" status --endpoint "$ENDPOINT" --json)
done
[ "$(jq '[.nodes[] | select(.state == "ALIVE")] | length' <<<"$status")" = 3 ] || fail "3 nodes ALIVE"
[ "$(jq '[.groups[] | [.replicas[].az] | unique | length] | min' <<<"$status")" = 3 ] || fail "replicas in 3 AZs"

bash "$ROOT/compat-tests/clients/aws-cli-tour.sh" "$ENDPOINT" || fail "AWS CLI tour against the cluster"

ddb() { aws --endpoint-url "$ENDPOINT" --output json dynamodb "$@"; }
ddb create-table --table-name tour --attribute-definitions AttributeName=id,AttributeType=S \
    --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST >/dev/null
victim=$(jq -r '.groups[0].leader' <<<"$status")
"$CAIRN" cluster stop-node --dir "$DIR" --id "$victim" --kill || fail "kill -9 $victim"
for i in 1 2 3 4 5; do
    AWS_MAX_ATTEMPTS=5 ddb put-item --table-name tour --item "{\"id\":{\"S\":\"k$i\"}}" >/dev/null \
        || fail "put-item after killing $victim"
done
got=$(ddb get-item --table-name tour --key '{"id":{"S":"k5"}}' --consistent-read | jq -r '.Item.id.S')
[ "$got" = k5 ] || fail "consistent read after killing $victim: $got"
"$CAIRN" cluster start-node --dir "$DIR" --id "$victim" || fail "start-node $victim"

pids=$(jq -r '.processes[].pid' "$DIR/cluster.json")
"$CAIRN" cluster down --dir "$DIR" || fail "cluster down"
for pid in $pids; do
    if kill -0 "$pid" 2>/dev/null; then fail "pid $pid still running after cluster down"; fi
done
echo "cluster-tour: passed (cluster up, status, AWS CLI tour, kill -9 of $victim under writes, start-node, down)"
