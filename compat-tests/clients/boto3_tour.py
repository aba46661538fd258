#!/usr/bin/python3
"""Drives a DynamoDB-compatible endpoint with boto3's resource and client APIs and checks every
answer with plain asserts: create table, put, get, query, scan, batch write/get, delete.
Usage: /usr/bin/python3 boto3_tour.py http://127.0.0.1:8000   (exit status 1 on any failure)"""
import os
import sys
import time
from decimal import Decimal

import boto3
from boto3.dynamodb.conditions import Attr, Key
from botocore.config import Config
from botocore.exceptions import ClientError


def main(endpoint):
    session = boto3.session.Session(
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "cairnCompatKey"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "cairnCompatSecret"),
        region_name="us-east-1")
    config = Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=30)
    resource = session.resource("dynamodb", endpoint_url=endpoint, config=config)
    client = session.client("dynamodb", endpoint_url=endpoint, config=config)
    name = "boto3_tour_%d_%d" % (os.getpid(), int(time.time()))

    table = resource.create_table(
        TableName=name,
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                              {"AttributeName": "sk", "AttributeType": "N"}],
        BillingMode="PAY_PER_REQUEST")
    try:
        table.wait_until_exists()
        assert table.table_name == name
        assert [k["AttributeName"] for k in table.key_schema] == ["pk", "sk"]

        for sk in (3, 1, 2):
            table.put_item(Item={"pk": "user", "sk": sk, "score": Decimal("1.50") * sk,
                                 "tags": {"a", "b"}, "profile": {"nick": "n%d" % sk, "langs": ["en", "fr"]}})
        item = table.get_item(Key={"pk": "user", "sk": 2}, ConsistentRead=True)["Item"]
        assert item["score"] == Decimal("3"), item
        assert item["tags"] == {"a", "b"}, item
        assert item["profile"] == {"nick": "n2", "langs": ["en", "fr"]}, item
        assert "Item" not in table.get_item(Key={"pk": "user", "sk": 99})

        updated = table.update_item(Key={"pk": "user", "sk": 1}, UpdateExpression="SET score = score + :d ADD visits :one",
                                    ExpressionAttributeValues={":d": Decimal("0.5"), ":one": 1},
                                    ReturnValues="UPDATED_NEW")["Attributes"]
        assert updated == {"score": Decimal("2"), "visits": Decimal("1")}, updated

        query = table.query(KeyConditionExpression=Key("pk").eq("user") & Key("sk").between(1, 3),
                            ScanIndexForward=False)
        assert [i["sk"] for i in query["Items"]] == [3, 2, 1], query["Items"]
        page = table.query(KeyConditionExpression=Key("pk").eq("user"), Limit=2)
        assert page["Count"] == 2 and page["LastEvaluatedKey"] == {"pk": "user", "sk": 2}, page

        scan = table.scan(FilterExpression=Attr("score").gt(Decimal("2")))
        assert sorted(i["sk"] for i in scan["Items"]) == [2, 3], scan["Items"]
        assert scan["ScannedCount"] == 3, scan

        with table.batch_writer() as batch:
            for sk in range(10, 40):
                batch.put_item(Item={"pk": "batch", "sk": sk, "v": sk * 2})
            batch.delete_item(Key={"pk": "user", "sk": 3})
        got = client.batch_get_item(RequestItems={name: {
            "Keys": [{"pk": {"S": "batch"}, "sk": {"N": str(sk)}} for sk in (10, 11, 39)] +
                    [{"pk": {"S": "user"}, "sk": {"N": "3"}}],
            "ProjectionExpression": "v"}})
        assert sorted(int(i["v"]["N"]) for i in got["Responses"][name]) == [20, 22, 78], got
        assert not got["UnprocessedKeys"], got
        counted = client.query(TableName=name, KeyConditionExpression="pk = :p",
                               ExpressionAttributeValues={":p": {"S": "batch"}}, Select="COUNT")
        assert counted["Count"] == 30 and "Items" not in counted, counted

        try:
            client.put_item(TableName=name, Item={"pk": {"S": "user"}, "sk": {"N": "1"}},
                            ConditionExpression="attribute_not_exists(pk)")
            raise AssertionError("conditional put should have failed")
        except ClientError as error:
            assert error.response["Error"]["Code"] == "ConditionalCheckFailedException", error.response

        old = client.delete_item(TableName=name, Key={"pk": {"S": "user"}, "sk": {"N": "2"}},
                                 ReturnValues="ALL_OLD")["Attributes"]
        assert old["score"] == {"N": "3"}, old
    finally:
        client.delete_table(TableName=name)
    try:
        client.describe_table(TableName=name)
        raise AssertionError("table should be gone")
    except ClientError as error:
        assert error.response["Error"]["Code"] == "ResourceNotFoundException", error.response
    print("boto3_tour: OK against %s" % endpoint)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: boto3_tour.py ENDPOINT_URL")
    try:
        main(sys.argv[1])
    except AssertionError as failure:
        print("boto3_tour: FAILED: %r" % (failure,), file=sys.stderr)
        raise
