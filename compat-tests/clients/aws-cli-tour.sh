#!/usr/bin/env bash
# Drives a DynamoDB-compatible endpoint with the AWS CLI and checks every answer with jq:
# create-table, put-item, get-item, query, scan, batch-write-item, batch-get-item, delete-item,
# delete-table. Usage: aws-cli-tour.sh http://127.0.0.1:8000   (exits non-zero on the first failure)
set -euo pipefail
ENDPOINT="${1:?usage: aws-cli-tour.sh ENDPOINT_URL}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-cairnCompatKey}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-cairnCompatSecret}"
export AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" AWS_MAX_ATTEMPTS=1
TABLE="cli_tour_$$_$(date +%s)"

ddb() { aws --endpoint-url "$ENDPOINT" --output json dynamodb "$@"; }
fail() { echo "aws-cli-tour: FAILED: $*" >&2; exit 1; }
# expect JSON FILTER EXPECTED: the jq filter applied to JSON must print EXPECTED.
expect() {
    local actual answer="${1:-"{}"}"   # the CLI prints nothing for an empty answer (get-item of a missing item)
    actual=$(jq -c "$2" <<<"$answer") || fail "jq '$2' on: $answer"
    [ "$actual" = "$3" ] || fail "$2: expected $3, got $actual (answer: $1)"
}
cleanup() { ddb delete-table --table-name "$TABLE" >/dev/null 2>&1 || true; }
trap cleanup EXIT

out=$(ddb create-table --table-name "$TABLE" \
    --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=N \
    --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE --billing-mode PAY_PER_REQUEST)
expect "$out" '.TableDescription.TableName' "\"$TABLE\""
ddb wait table-exists --table-name "$TABLE"

for sk in 3 1 2; do
    ddb put-item --table-name "$TABLE" \
        --item "{\"pk\":{\"S\":\"user\"},\"sk\":{\"N\":\"$sk\"},\"name\":{\"S\":\"n$sk\"},\"tags\":{\"SS\":[\"a\",\"b\"]}}" >/dev/null
done
out=$(ddb put-item --table-name "$TABLE" --item '{"pk":{"S":"user"},"sk":{"N":"1"},"name":{"S":"first"}}' \
    --return-values ALL_OLD --return-consumed-capacity TOTAL)
expect "$out" '.Attributes.name.S' '"n1"'
expect "$out" '.ConsumedCapacity.CapacityUnits' '1'

out=$(ddb get-item --table-name "$TABLE" --key '{"pk":{"S":"user"},"sk":{"N":"1"}}' --consistent-read)
expect "$out" '.Item.name.S' '"first"'
out=$(ddb get-item --table-name "$TABLE" --key '{"pk":{"S":"user"},"sk":{"N":"9"}}')
expect "$out" '.Item' 'null'

out=$(ddb query --table-name "$TABLE" --key-condition-expression 'pk = :p AND sk >= :lo' \
    --expression-attribute-values '{":p":{"S":"user"},":lo":{"N":"1"}}' --no-scan-index-forward)
expect "$out" '[.Items[].sk.N]' '["3","2","1"]'
expect "$out" '.Count' '3'

out=$(ddb scan --table-name "$TABLE" --filter-expression 'contains(tags, :t)' --expression-attribute-values '{":t":{"S":"a"}}')
expect "$out" '.Count' '2'
expect "$out" '.ScannedCount' '3'

out=$(ddb batch-write-item --request-items "{\"$TABLE\":[
    {\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"batch\"},\"sk\":{\"N\":\"1\"},\"v\":{\"N\":\"10\"}}}},
    {\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"batch\"},\"sk\":{\"N\":\"2\"},\"v\":{\"N\":\"20\"}}}},
    {\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"user\"},\"sk\":{\"N\":\"3\"}}}}]}")
expect "$out" '.UnprocessedItems' '{}'

out=$(ddb batch-get-item --request-items "{\"$TABLE\":{\"Keys\":[
    {\"pk\":{\"S\":\"batch\"},\"sk\":{\"N\":\"1\"}},{\"pk\":{\"S\":\"batch\"},\"sk\":{\"N\":\"2\"}},
    {\"pk\":{\"S\":\"user\"},\"sk\":{\"N\":\"3\"}}],\"ProjectionExpression\":\"v\"}}")
expect "$out" "[.Responses[\"$TABLE\"][].v.N] | sort" '["10","20"]'

out=$(ddb delete-item --table-name "$TABLE" --key '{"pk":{"S":"batch"},"sk":{"N":"1"}}' --return-values ALL_OLD)
expect "$out" '.Attributes.v.N' '"10"'
if err=$(ddb delete-item --table-name "$TABLE" --key '{"pk":{"S":"batch"},"sk":{"N":"2"}}' \
        --condition-expression 'v = :x' --expression-attribute-values '{":x":{"N":"0"}}' 2>&1); then
    fail "conditional delete-item should have failed"
fi
grep -q 'ConditionalCheckFailedException' <<<"$err" || fail "expected ConditionalCheckFailedException, got: $err"

out=$(ddb delete-table --table-name "$TABLE")
expect "$out" '.TableDescription.TableName' "\"$TABLE\""
trap - EXIT
echo "aws-cli-tour: OK against $ENDPOINT"
