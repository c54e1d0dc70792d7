"""Drives the embedded engine's HTTP face with boto3: create, put, get, query, delete.

Usage: python3 boto3_scenario.py http://127.0.0.1:PORT
Prints one line starting with OK on success; exits non-zero on any mismatch.
"""
import sys

import boto3
from boto3.dynamodb.conditions import Key

endpoint = sys.argv[1]
resource = boto3.resource(
    "dynamodb",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
)
table = resource.create_table(
    TableName="boto3-orders",
    KeySchema=[
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ],
    AttributeDefinitions=[
        {"AttributeName": "pk", "AttributeType": "S"},
        {"AttributeName": "sk", "AttributeType": "N"},
    ],
    BillingMode="PAY_PER_REQUEST",
)
table.wait_until_exists()
for sk in range(1, 4):
    table.put_item(Item={"pk": "alice", "sk": sk, "note": "order %d" % sk})

got = table.get_item(Key={"pk": "alice", "sk": 2})["Item"]
assert got["note"] == "order 2", got

page = table.query(KeyConditionExpression=Key("pk").eq("alice") & Key("sk").gte(2), ScanIndexForward=False)
assert [int(item["sk"]) for item in page["Items"]] == [3, 2], page["Items"]

table.delete_item(Key={"pk": "alice", "sk": 2})
assert "Item" not in table.get_item(Key={"pk": "alice", "sk": 2})

client = resource.meta.client
try:
    client.describe_table(TableName="no-such-table")
    raise AssertionError("expected ResourceNotFoundException")
except client.exceptions.ResourceNotFoundException:
    pass

print("OK boto3 %s: %d items left" % (boto3.__version__, table.scan()["Count"]))
