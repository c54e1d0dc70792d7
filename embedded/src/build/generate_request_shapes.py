#!/usr/bin/env python3
"""Writes the engine's request constraint declarations from DynamoDB's published service model.

The model is the machine-readable form of DynamoDB's API reference (every parameter's type,
required flag, length/range limits, pattern and enum values). botocore ships a copy, so:

    python3 embedded/src/build/generate_request_shapes.py

rewrites embedded/src/main/resources/io/github/dynamoconnection/embedded/validation/request-shapes.json.
Only the input side is kept, in a compact form the engine's RequestShapes reads. Member order is
the order in which DynamoDB reports violations, where it has been observed (VALIDATION_ORDER),
and the model's order elsewhere.
"""
import gzip
import json
import os
import botocore

MODEL = os.path.join(os.path.dirname(botocore.__file__), 'data', 'dynamodb', '2012-08-10', 'service-2.json.gz')
OUT = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'io', 'github', 'dynamoconnection',
                   'embedded', 'validation', 'request-shapes.json')

# The order in which DynamoDB lists the violations of several top-level members at once, as observed.
VALIDATION_ORDER = {
    'GetItem': ['ReturnConsumedCapacity', 'AttributesToGet', 'TableName', 'Key', 'ConsistentRead',
                'ProjectionExpression', 'ExpressionAttributeNames'],
    'PutItem': ['ReturnConsumedCapacity', 'TableName', 'Item', 'ConditionalOperator', 'Expected', 'ReturnValues',
                'ReturnItemCollectionMetrics', 'ConditionExpression', 'ExpressionAttributeValues',
                'ExpressionAttributeNames'],
    'DeleteItem': ['ReturnConsumedCapacity', 'TableName', 'ReturnValues', 'ReturnItemCollectionMetrics', 'Key',
                   'ConditionalOperator', 'Expected', 'ConditionExpression', 'ExpressionAttributeValues',
                   'ExpressionAttributeNames'],
    'UpdateItem': ['ReturnConsumedCapacity', 'TableName', 'ReturnItemCollectionMetrics', 'ReturnValues', 'Key',
                   'ConditionalOperator', 'Expected', 'AttributeUpdates', 'ConditionExpression', 'UpdateExpression',
                   'ExpressionAttributeValues', 'ExpressionAttributeNames'],
    'Query': ['Select', 'IndexName', 'ReturnConsumedCapacity', 'QueryFilter', 'TableName', 'ConditionalOperator',
              'AttributesToGet', 'Limit', 'KeyConditions', 'ExclusiveStartKey', 'ConsistentRead', 'ScanIndexForward',
              'KeyConditionExpression', 'FilterExpression', 'ProjectionExpression', 'ExpressionAttributeValues',
              'ExpressionAttributeNames'],
    'Scan': ['Select', 'IndexName', 'TotalSegments', 'ReturnConsumedCapacity', 'TableName', 'ConditionalOperator',
             'ScanFilter', 'Segment', 'Limit', 'AttributesToGet', 'ExclusiveStartKey', 'FilterExpression',
             'ProjectionExpression', 'ExpressionAttributeValues', 'ExpressionAttributeNames'],
    'BatchGetItem': ['ReturnConsumedCapacity', 'RequestItems'],
    'BatchWriteItem': ['ReturnConsumedCapacity', 'ReturnItemCollectionMetrics', 'RequestItems'],
    'CreateTable': ['AttributeDefinitions', 'TableName', 'BillingMode', 'ProvisionedThroughput', 'KeySchema',
                    'LocalSecondaryIndexes', 'GlobalSecondaryIndexes'],
    'UpdateTable': ['TableName', 'ProvisionedThroughput', 'BillingMode', 'GlobalSecondaryIndexUpdates'],
    'ListTables': ['Limit', 'ExclusiveStartTableName'],
    'TagResource': ['ResourceArn', 'Tags'],
    'UntagResource': ['ResourceArn', 'TagKeys'],
}

# The order in which DynamoDB lists an enum's values in its message, where it differs from the model's.
ENUM_ORDER = {
    'ReturnValue': ['ALL_NEW', 'UPDATED_OLD', 'ALL_OLD', 'NONE', 'UPDATED_NEW'],
    'ConditionalOperator': ['OR', 'AND'],
    'Select': ['SPECIFIC_ATTRIBUTES', 'COUNT', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES'],
    'ScalarAttributeType': ['B', 'N', 'S'],
    'ProjectionType': ['ALL', 'INCLUDE', 'KEYS_ONLY'],
    'ComparisonOperator': ['IN', 'NULL', 'BETWEEN', 'LT', 'NOT_CONTAINS', 'EQ', 'GT', 'NOT_NULL', 'NE', 'LE', 'BEGINS_WITH',
                           'GE', 'CONTAINS'],
}

# Operations that answer a missing or badly sized TableName with their own message before any
# other constraint, as DynamoDB's control plane does.
TABLE_NAME_FIRST = ['CreateTable', 'DeleteTable', 'DescribeTable', 'DescribeTimeToLive', 'UpdateTable']


def main():
    model = json.load(gzip.open(MODEL))
    shapes = model['shapes']
    kept = {}

    def keep(name):
        if name in kept:
            return
        shape = shapes[name]
        out = {'type': shape['type']}
        kept[name] = out
        for constraint in ('min', 'max', 'pattern', 'enum'):
            if constraint in shape:
                out[constraint] = shape[constraint]
        if name in ENUM_ORDER:
            assert sorted(ENUM_ORDER[name]) == sorted(shape['enum']), name
            out['enum'] = ENUM_ORDER[name]
        if name == 'TableArn':
            # a table name or its ARN: names keep the TableName constraints, ARNs the TableArn ones
            out['nameShape'] = 'TableName'
            keep('TableName')
        if shape['type'] == 'structure':
            out['members'] = [[member, spec['shape']] for member, spec in shape.get('members', {}).items()]
            if shape.get('required'):
                out['required'] = shape['required']
            for _, target in out['members']:
                keep(target)
        elif shape['type'] == 'list':
            out['member'] = shape['member']['shape']
            keep(out['member'])
        elif shape['type'] == 'map':
            out['key'] = shape['key']['shape']
            out['value'] = shape['value']['shape']
            keep(out['key'])
            keep(out['value'])

    operations = {}
    for name, operation in sorted(model['operations'].items()):
        input_shape = operation['input']['shape']
        keep(input_shape)
        declared = {'input': input_shape}
        if name in VALIDATION_ORDER:
            members = [member for member, _ in kept[input_shape]['members']]
            order = VALIDATION_ORDER[name] + [m for m in members if m not in VALIDATION_ORDER[name]]
            declared['order'] = [m for m in order if m in members]
        if name in TABLE_NAME_FIRST:
            declared['tableNameFirst'] = True
        operations[name] = declared

    document = {
        'source': 'DynamoDB service model ' + model['metadata']['apiVersion'] + ' (botocore ' + botocore.__version__ + ')',
        'operations': operations,
        'shapes': dict(sorted(kept.items())),
    }
    with open(OUT, 'w') as out:
        out.write(write_one_entry_a_line(document))


def write_one_entry_a_line(document):
    """JSON with one operation or shape a line, so that a regenerated file diffs line by line."""
    def section(entries):
        return '{\n' + ',\n'.join('  ' + json.dumps(k) + ': ' + json.dumps(v) for k, v in entries.items()) + '\n }'
    return ('{\n "source": ' + json.dumps(document['source']) + ',\n "operations": ' + section(document['operations'])
            + ',\n "shapes": ' + section(document['shapes']) + '\n}\n')


if __name__ == '__main__':
    main()
