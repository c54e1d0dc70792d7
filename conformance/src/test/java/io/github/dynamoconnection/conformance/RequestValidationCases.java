package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests that DynamoDB's front end refuses, one family per operation: a missing required member,
 * a member of the wrong JSON type, one constraint broken alone and several at once. Each names the
 * table as {@code %s}, so the same request runs against an existing and a missing table; expected
 * messages follow DynamoDB's API reference (each parameter's type and constraints) and the format
 * DynamoDB writes them in.
 */
final class RequestValidationCases {

	/**
	 * One refused request.
	 * @param operation the operation
	 * @param body the request body, {@code %s} standing for the table name
	 * @param errorType the expected {@code __type} suffix
	 * @param message the expected message, {@code %s} standing for the table name
	 */
	record Case(String operation, String body, String errorType, String message) {

		String body(String table) {
			return body.replace("'", "\"").replace("%s", table);
		}

		String message(String table) {
			return message.replace("%s", table);
		}

		@Override
		public String toString() {
			return operation + " " + body;
		}
	}

	private static final String NOT_NULL = "Member must not be null";

	private static final String CAPACITY_ENUM = "Member must satisfy enum value set: [INDEXES, TOTAL, NONE]";

	private static final String NAME_PATTERN = "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";

	private static final String BACKUP_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/%s/backup/01234567890123-abcdefgh";

	private final List<Case> cases = new ArrayList<>();

	private RequestValidationCases() {
	}

	/** Every case, in operation order. */
	static List<Case> all() {
		RequestValidationCases all = new RequestValidationCases();
		all.batchAndTransactions();
		all.items();
		all.reads();
		all.tables();
		all.backupsAndRecovery();
		all.globalTables();
		all.streamingInsightsAndPolicies();
		all.exportsImportsAndAccount();
		return List.copyOf(all.cases);
	}

	private void batchAndTransactions() {
		missing("BatchExecuteStatement", "{}", "statements");
		serialization("BatchExecuteStatement", "{'Statements':'SELECT * FROM %s'}", "Unexpected field type");
		one("BatchExecuteStatement", "{'Statements':[{'Statement':'SELECT * FROM \\'%s\\'','Parameters':[]}]}",
				"[]", "statements.1.member.parameters", minLength(1));
		many("BatchExecuteStatement", "{'Statements':[{}],'ReturnConsumedCapacity':'ALL'}",
				violation(null, "statements.1.member.statement", NOT_NULL),
				violation("ALL", "returnConsumedCapacity", CAPACITY_ENUM));

		missing("BatchGetItem", "{}", "requestItems");
		serialization("BatchGetItem", "{'RequestItems':[]}",
				"Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.KeysAndAttributes>");
		one("BatchGetItem", "{'RequestItems':{'%s':{'Keys':[{'pk':{'S':'a'}}],'AttributesToGet':[]}}}", "[]",
				"requestItems.%s.member.attributesToGet", minLength(1));
		many("BatchGetItem", "{'RequestItems':{'%s':{}},'ReturnConsumedCapacity':'ALL'}",
				violation("ALL", "returnConsumedCapacity", CAPACITY_ENUM),
				violation(null, "requestItems.%s.member.keys", NOT_NULL));

		missing("BatchWriteItem", "{}", "requestItems");
		serialization("BatchWriteItem", "{'RequestItems':{'%s':{}}}", "Start of structure or map found where not expected");
		one("BatchWriteItem", "{'RequestItems':{'%s':[{'PutRequest':{}}]}}", null,
				"requestItems.%s.member.1.member.putRequest.item", NOT_NULL);
		many("BatchWriteItem", "{'RequestItems':{'%s':[]},'ReturnConsumedCapacity':'ALL','ReturnItemCollectionMetrics':'ALL'}",
				violation("ALL", "returnConsumedCapacity", CAPACITY_ENUM),
				violation("ALL", "returnItemCollectionMetrics", "Member must satisfy enum value set: [SIZE, NONE]"),
				violation("{\"%s\":[]}", "requestItems", "Map value must satisfy constraint: "
						+ "[Member must have length less than or equal to 25, Member must have length greater than or equal to 1]"));

		missing("TransactGetItems", "{}", "transactItems");
		serialization("TransactGetItems", "{'TransactItems':[{'Get':'%s'}]}", "Unexpected field type");
		one("TransactGetItems", "{'TransactItems':[]}", "[]", "transactItems", minLength(1));
		many("TransactGetItems", "{'TransactItems':[{'Get':{'TableName':'%s'}}],'ReturnConsumedCapacity':'ALL'}",
				violation(null, "transactItems.1.member.get.key", NOT_NULL),
				violation("ALL", "returnConsumedCapacity", CAPACITY_ENUM));

		missing("TransactWriteItems", "{}", "transactItems");
		serialization("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'%s','Item':[]}}]}",
				"Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>");
		one("TransactWriteItems", "{'TransactItems':[{'Delete':{'TableName':'%s','Key':{'pk':{'S':'a'}}}}],'ClientRequestToken':'"
				+ "t".repeat(37) + "'}", "t".repeat(37), "clientRequestToken", maxLength(36));
		many("TransactWriteItems", "{'TransactItems':[{'Update':{'TableName':'%s','Key':{'pk':{'S':'a'}}}}],'ReturnItemCollectionMetrics':'ALL'}",
				violation(null, "transactItems.1.member.update.updateExpression", NOT_NULL),
				violation("ALL", "returnItemCollectionMetrics", "Member must satisfy enum value set: [SIZE, NONE]"));

		missing("ExecuteTransaction", "{}", "transactStatements");
		serialization("ExecuteTransaction", "{'TransactStatements':[{'Statement':['SELECT * FROM %s']}]}",
				"Unrecognized collection type class java.lang.String");
		one("ExecuteTransaction", "{'TransactStatements':[{'Statement':'SELECT * FROM \\'%s\\''}],'ClientRequestToken':''}", "",
				"clientRequestToken", minLength(1));
		many("ExecuteTransaction", "{'TransactStatements':[{'Statement':''}],'ReturnConsumedCapacity':'ALL'}",
				violation("", "transactStatements.1.member.statement", minLength(1)),
				violation("ALL", "returnConsumedCapacity", CAPACITY_ENUM));

		missing("ExecuteStatement", "{}", "statement");
		serialization("ExecuteStatement", "{'Statement':'SELECT * FROM \\'%s\\'','ConsistentRead':[]}",
				"Unrecognized collection type class java.lang.Boolean");
		one("ExecuteStatement", "{'Statement':'SELECT * FROM \\'%s\\'','Limit':0}", "0", "limit", minValue(1));
		many("ExecuteStatement", "{'Statement':'SELECT * FROM \\'%s\\'','Parameters':[],'NextToken':''}",
				violation("[]", "parameters", minLength(1)),
				violation("", "nextToken", minLength(1)));
	}

	private void items() {
		missing("GetItem", "{'TableName':'%s'}", "key");
		serialization("GetItem", "{'TableName':'%s','Key':'pk'}", "Unexpected field type");
		one("GetItem", "{'TableName':'%s','Key':{'pk':{'S':'a'}},'AttributesToGet':[]}", "[]", "attributesToGet", minLength(1));
		many("GetItem", "{'TableName':'%s','ReturnConsumedCapacity':'ALL','AttributesToGet':[]}",
				violation("ALL", "returnConsumedCapacity", CAPACITY_ENUM),
				violation("[]", "attributesToGet", minLength(1)),
				violation(null, "key", NOT_NULL));

		missing("PutItem", "{'TableName':'%s'}", "item");
		serialization("PutItem", "{'TableName':'%s','Item':{'pk':{'S':true}}}", "TRUE_VALUE cannot be converted to String");
		one("PutItem", "{'TableName':'%s','Item':{'pk':{'S':'a'}},'ReturnValues':'ALL'}", "ALL", "returnValues", RETURN_VALUES);
		many("PutItem", "{'TableName':'%s','Item':{'pk':{'S':'a'}},'ConditionalOperator':'XOR','ReturnItemCollectionMetrics':'ALL'}",
				violation("XOR", "conditionalOperator", "Member must satisfy enum value set: [OR, AND]"),
				violation("ALL", "returnItemCollectionMetrics", "Member must satisfy enum value set: [SIZE, NONE]"));

		missing("DeleteItem", "{'TableName':'%s'}", "key");
		serialization("DeleteItem", "{'TableName':'%s','Key':{'pk':{'S':'a'}},'ConditionExpression':7}",
				"NUMBER_VALUE cannot be converted to String");
		one("DeleteItem", "{'TableName':'%s','Key':{'pk':{'S':'a'}},'ReturnValuesOnConditionCheckFailure':'SOME'}", "SOME",
				"returnValuesOnConditionCheckFailure", "Member must satisfy enum value set: [ALL_OLD, NONE]");
		many("DeleteItem", "{'TableName':'%s','ReturnValues':'ALL','ReturnConsumedCapacity':'ALL'}",
				violation("ALL", "returnConsumedCapacity", CAPACITY_ENUM),
				violation("ALL", "returnValues", RETURN_VALUES),
				violation(null, "key", NOT_NULL));

		missing("UpdateItem", "{'TableName':'%s'}", "key");
		serialization("UpdateItem", "{'TableName':'%s','Key':{'pk':{'S':'a'}},'AttributeUpdates':{'v':'x'}}",
				"Unexpected value type in payload");
		one("UpdateItem", "{'TableName':'%s','Key':{'pk':{'S':'a'}},'AttributeUpdates':{'v':{'Action':'SET'}}}", "SET",
				"attributeUpdates.v.member.action", "Member must satisfy enum value set: [ADD, PUT, DELETE]");
		many("UpdateItem", "{'TableName':'%s','ReturnValues':'ALL','ReturnItemCollectionMetrics':'ALL'}",
				violation("ALL", "returnItemCollectionMetrics", "Member must satisfy enum value set: [SIZE, NONE]"),
				violation("ALL", "returnValues", RETURN_VALUES),
				violation(null, "key", NOT_NULL));
	}

	private static final String RETURN_VALUES = "Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]";

	private static final String SELECT = "Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]";

	private void reads() {
		missing("Query", "{}", "tableName");
		serialization("Query", "{'TableName':'%s','ScanIndexForward':5}", "NUMBER_VALUE cannot be converted to Boolean");
		one("Query", "{'TableName':'%s','KeyConditionExpression':'pk = :p','ExpressionAttributeValues':{':p':{'S':'a'}},'Limit':0}",
				"0", "limit", minValue(1));
		many("Query", "{'TableName':'%s','Select':'SOME','IndexName':'ix!','Limit':-1}",
				violation("SOME", "select", SELECT),
				violation("ix!", "indexName", NAME_PATTERN),
				violation("-1", "limit", minValue(1)));

		missing("Scan", "{}", "tableName");
		serialization("Scan", "{'TableName':'%s','ExclusiveStartKey':'pk'}", "Unexpected field type");
		one("Scan", "{'TableName':'%s','TotalSegments':1000001,'Segment':0}", "1000001", "totalSegments", maxValue(1000000));
		many("Scan", "{'TableName':'%s','Select':'SOME','Segment':-1,'TotalSegments':0}",
				violation("SOME", "select", SELECT),
				violation("0", "totalSegments", minValue(1)),
				violation("-1", "segment", minValue(0)));
	}

	private void tables() {
		plain("CreateTable", "{'AttributeDefinitions':[]}", "The parameter 'TableName' is required but was not present in the request");
		serialization("CreateTable", "{'TableName':'%s','KeySchema':[{'AttributeName':'pk','KeyType':1}]}",
				"NUMBER_VALUE cannot be converted to String");
		one("CreateTable", "{'TableName':'%s','BillingMode':'FREE'}", "FREE", "billingMode",
				"Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
		many("CreateTable", "{'TableName':'%s','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'X'}],'ProvisionedThroughput':{'ReadCapacityUnits':0},'KeySchema':[]}",
				violation("X", "attributeDefinitions.1.member.attributeType", "Member must satisfy enum value set: [B, N, S]"),
				violation("0", "provisionedThroughput.readCapacityUnits", minValue(1)),
				violation(null, "provisionedThroughput.writeCapacityUnits", NOT_NULL),
				violation("[]", "keySchema", minLength(1)));

		plain("DescribeTable", "{}", "The parameter 'TableName' is required but was not present in the request");
		serialization("DescribeTable", "{'TableName':{'name':'%s'}}", "Start of structure or map found where not expected");
		plain("DescribeTable", "{'TableName':'ab'}", "TableName must be at least 3 characters long and at most 255 characters long");
		one("DescribeTable", "{'TableName':'%s!'}", "%s!", "tableName", NAME_PATTERN);

		plain("DeleteTable", "{}", "The parameter 'TableName' is required but was not present in the request");
		serialization("DeleteTable", "{'TableName':['%s']}", "Unrecognized collection type class java.lang.String");
		plain("DeleteTable", "{'TableName':'" + "t".repeat(256) + "'}",
				"TableName must be at least 3 characters long and at most 255 characters long");
		one("DeleteTable", "{'TableName':'%s?'}", "%s?", "tableName", NAME_PATTERN);

		plain("UpdateTable", "{}", "The parameter 'TableName' is required but was not present in the request");
		serialization("UpdateTable", "{'TableName':'%s','ProvisionedThroughput':5}", "Unexpected field type");
		one("UpdateTable", "{'TableName':'%s','TableClass':'COLD'}", "COLD", "tableClass",
				"Member must satisfy enum value set: [STANDARD, STANDARD_INFREQUENT_ACCESS]");
		many("UpdateTable", "{'TableName':'%s','ProvisionedThroughput':{'ReadCapacityUnits':0,'WriteCapacityUnits':0},'BillingMode':'FREE'}",
				violation("0", "provisionedThroughput.readCapacityUnits", minValue(1)),
				violation("0", "provisionedThroughput.writeCapacityUnits", minValue(1)),
				violation("FREE", "billingMode", "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]"));

		missing("ListTables", null, null);
		serialization("ListTables", "{'Limit':'%s'}", "STRING_VALUE cannot be converted to Integer");
		one("ListTables", "{'Limit':101}", "101", "limit", maxValue(100));
		many("ListTables", "{'Limit':0,'ExclusiveStartTableName':'a'}",
				violation("0", "limit", minValue(1)),
				violation("a", "exclusiveStartTableName", minLength(3)));

		plain("DescribeTimeToLive", "{}", "The parameter 'TableName' is required but was not present in the request");
		serialization("DescribeTimeToLive", "{'TableName':false}", "FALSE_VALUE cannot be converted to String");
		one("DescribeTimeToLive", "{'TableName':'%s#'}", "%s#", "tableName", NAME_PATTERN);

		missing("UpdateTimeToLive", "{'TableName':'%s'}", "timeToLiveSpecification");
		serialization("UpdateTimeToLive", "{'TableName':'%s','TimeToLiveSpecification':{'Enabled':'perhaps','AttributeName':'ttl'}}",
				"Unexpected token received from parser");
		one("UpdateTimeToLive", "{'TableName':'%s','TimeToLiveSpecification':{'Enabled':true,'AttributeName':''}}", "",
				"timeToLiveSpecification.attributeName", minLength(1));
		many("UpdateTimeToLive", "{'TableName':'%s','TimeToLiveSpecification':{}}",
				violation(null, "timeToLiveSpecification.enabled", NOT_NULL),
				violation(null, "timeToLiveSpecification.attributeName", NOT_NULL));

		missing("TagResource", "{'ResourceArn':'arn:aws:dynamodb:us-east-1:000000000000:table/%s'}", "tags");
		serialization("TagResource", "{'ResourceArn':'arn:aws:dynamodb:us-east-1:000000000000:table/%s','Tags':{}}",
				"Start of structure or map found where not expected");
		one("TagResource", "{'ResourceArn':'arn:aws:dynamodb:us-east-1:000000000000:table/%s','Tags':[{'Key':'','Value':'v'}]}", "",
				"tags.1.member.key", minLength(1));
		many("TagResource", "{'ResourceArn':'','Tags':[{'Key':'k'}]}",
				violation("", "resourceArn", minLength(1)),
				violation(null, "tags.1.member.value", NOT_NULL));

		missing("UntagResource", "{'ResourceArn':'arn:aws:dynamodb:us-east-1:000000000000:table/%s'}", "tagKeys");
		serialization("UntagResource", "{'ResourceArn':'arn:aws:dynamodb:us-east-1:000000000000:table/%s','TagKeys':'k'}",
				"Unexpected field type");
		one("UntagResource", "{'ResourceArn':'arn:aws:dynamodb:us-east-1:000000000000:table/%s','TagKeys':['" + "k".repeat(129) + "']}",
				"k".repeat(129), "tagKeys.1.member", maxLength(128));
		many("UntagResource", "{'TagKeys':['']}", violation(null, "resourceArn", NOT_NULL), violation("", "tagKeys.1.member", minLength(1)));

		missing("ListTagsOfResource", "{}", "resourceArn");
		serialization("ListTagsOfResource", "{'ResourceArn':1}", "NUMBER_VALUE cannot be converted to String");
		one("ListTagsOfResource", "{'ResourceArn':''}", "", "resourceArn", minLength(1));
	}

	private void backupsAndRecovery() {
		missing("CreateBackup", "{'TableName':'%s'}", "backupName");
		serialization("CreateBackup", "{'TableName':'%s','BackupName':1}", "NUMBER_VALUE cannot be converted to String");
		one("CreateBackup", "{'TableName':'%s','BackupName':'bb!'}", "bb!", "backupName", NAME_PATTERN);
		many("CreateBackup", "{'TableName':'%s','BackupName':'b!'}", violation("b!", "backupName", NAME_PATTERN),
				violation("b!", "backupName", minLength(3)));

		missing("DescribeBackup", "{}", "backupArn");
		serialization("DescribeBackup", "{'BackupArn':['" + BACKUP_ARN + "']}", "Unrecognized collection type class java.lang.String");
		one("DescribeBackup", "{'BackupArn':'arn:backup'}", "arn:backup", "backupArn", minLength(37));

		missing("DeleteBackup", "{}", "backupArn");
		serialization("DeleteBackup", "{'BackupArn':{}}", "Start of structure or map found where not expected");
		one("DeleteBackup", "{'BackupArn':'arn:backup'}", "arn:backup", "backupArn", minLength(37));

		missing("ListBackups", null, null);
		serialization("ListBackups", "{'TableName':'%s','Limit':'ten'}", "STRING_VALUE cannot be converted to Integer");
		one("ListBackups", "{'TableName':'%s','Limit':101}", "101", "limit", maxValue(100));
		many("ListBackups", "{'TableName':'%s','Limit':0,'BackupType':'MINE'}", violation("0", "limit", minValue(1)),
				violation("MINE", "backupType", "Member must satisfy enum value set: [USER, SYSTEM, AWS_BACKUP, ALL]"));

		missing("RestoreTableFromBackup", "{'TargetTableName':'%s'}", "backupArn");
		serialization("RestoreTableFromBackup", "{'TargetTableName':'%s','BackupArn':'" + BACKUP_ARN + "','BillingModeOverride':1}",
				"NUMBER_VALUE cannot be converted to String");
		one("RestoreTableFromBackup", "{'TargetTableName':'%s','BackupArn':'arn:backup'}", "arn:backup", "backupArn", minLength(37));
		many("RestoreTableFromBackup", "{'TargetTableName':'a','BackupArn':'" + BACKUP_ARN + "','BillingModeOverride':'FREE'}",
				violation("a", "targetTableName", minLength(3)),
				violation("FREE", "billingModeOverride", "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]"));

		missing("RestoreTableToPointInTime", "{'SourceTableName':'%s'}", "targetTableName");
		serialization("RestoreTableToPointInTime", "{'SourceTableName':'%s','TargetTableName':'Copy','UseLatestRestorableTime':[]}",
				"Unrecognized collection type class java.lang.Boolean");
		many("RestoreTableToPointInTime", "{'SourceTableName':'%s','TargetTableName':'C!'}",
				violation("C!", "targetTableName", NAME_PATTERN), violation("C!", "targetTableName", minLength(3)));
		many("RestoreTableToPointInTime", "{'SourceTableName':'%s','TargetTableName':'Copy','BillingModeOverride':'FREE','ProvisionedThroughputOverride':{}}",
				violation("FREE", "billingModeOverride", "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]"),
				violation(null, "provisionedThroughputOverride.readCapacityUnits", NOT_NULL),
				violation(null, "provisionedThroughputOverride.writeCapacityUnits", NOT_NULL));

		missing("DescribeContinuousBackups", "{}", "tableName");
		serialization("DescribeContinuousBackups", "{'TableName':true}", "TRUE_VALUE cannot be converted to String");
		one("DescribeContinuousBackups", "{'TableName':'%s+'}", "%s+", "tableName", NAME_PATTERN);

		missing("UpdateContinuousBackups", "{'TableName':'%s'}", "pointInTimeRecoverySpecification");
		serialization("UpdateContinuousBackups", "{'TableName':'%s','PointInTimeRecoverySpecification':true}", "Unexpected field type");
		one("UpdateContinuousBackups", "{'TableName':'%s','PointInTimeRecoverySpecification':{}}", null,
				"pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled", NOT_NULL);
		many("UpdateContinuousBackups", "{'TableName':'%s','PointInTimeRecoverySpecification':{'RecoveryPeriodInDays':36}}",
				violation(null, "pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled", NOT_NULL),
				violation("36", "pointInTimeRecoverySpecification.recoveryPeriodInDays", maxValue(35)));
	}

	private void globalTables() {
		missing("CreateGlobalTable", "{'GlobalTableName':'%s'}", "replicationGroup");
		serialization("CreateGlobalTable", "{'GlobalTableName':'%s','ReplicationGroup':{}}", "Start of structure or map found where not expected");
		one("CreateGlobalTable", "{'GlobalTableName':'ab','ReplicationGroup':[]}", "ab", "globalTableName", minLength(3));
		many("CreateGlobalTable", "{'GlobalTableName':'a!'}", violation("a!", "globalTableName", NAME_PATTERN),
				violation("a!", "globalTableName", minLength(3)), violation(null, "replicationGroup", NOT_NULL));

		missing("DescribeGlobalTable", "{}", "globalTableName");
		serialization("DescribeGlobalTable", "{'GlobalTableName':3}", "NUMBER_VALUE cannot be converted to String");
		one("DescribeGlobalTable", "{'GlobalTableName':'ab'}", "ab", "globalTableName", minLength(3));

		missing("DescribeGlobalTableSettings", "{}", "globalTableName");
		serialization("DescribeGlobalTableSettings", "{'GlobalTableName':['%s']}", "Unrecognized collection type class java.lang.String");
		one("DescribeGlobalTableSettings", "{'GlobalTableName':'%s/'}", "%s/", "globalTableName", NAME_PATTERN);

		missing("ListGlobalTables", null, null);
		serialization("ListGlobalTables", "{'Limit':true}", "TRUE_VALUE cannot be converted to Integer");
		one("ListGlobalTables", "{'Limit':0}", "0", "limit", minValue(1));
		many("ListGlobalTables", "{'ExclusiveStartGlobalTableName':'a','Limit':0}",
				violation("a", "exclusiveStartGlobalTableName", minLength(3)), violation("0", "limit", minValue(1)));

		missing("UpdateGlobalTable", "{'GlobalTableName':'%s'}", "replicaUpdates");
		serialization("UpdateGlobalTable", "{'GlobalTableName':'%s','ReplicaUpdates':[{'Create':'eu-west-1'}]}", "Unexpected field type");
		one("UpdateGlobalTable", "{'GlobalTableName':'%s','ReplicaUpdates':[{'Create':{}}]}", null,
				"replicaUpdates.1.member.create.regionName", NOT_NULL);

		missing("UpdateGlobalTableSettings", "{}", "globalTableName");
		serialization("UpdateGlobalTableSettings", "{'GlobalTableName':'%s','GlobalTableProvisionedWriteCapacityUnits':'5'}",
				"STRING_VALUE cannot be converted to Long");
		one("UpdateGlobalTableSettings", "{'GlobalTableName':'%s','GlobalTableProvisionedWriteCapacityUnits':0}", "0",
				"globalTableProvisionedWriteCapacityUnits", minValue(1));

		missing("DescribeTableReplicaAutoScaling", "{}", "tableName");
		serialization("DescribeTableReplicaAutoScaling", "{'TableName':{}}", "Start of structure or map found where not expected");
		one("DescribeTableReplicaAutoScaling", "{'TableName':'%s*'}", "%s*", "tableName", NAME_PATTERN);

		missing("UpdateTableReplicaAutoScaling", "{}", "tableName");
		serialization("UpdateTableReplicaAutoScaling", "{'TableName':'%s','ReplicaUpdates':{}}",
				"Start of structure or map found where not expected");
		one("UpdateTableReplicaAutoScaling", "{'TableName':'%s','ReplicaUpdates':[]}", "[]", "replicaUpdates", minLength(1));
		many("UpdateTableReplicaAutoScaling", "{'TableName':'%s','GlobalSecondaryIndexUpdates':[],'ReplicaUpdates':[]}",
				violation("[]", "globalSecondaryIndexUpdates", minLength(1)), violation("[]", "replicaUpdates", minLength(1)));
	}

	private void streamingInsightsAndPolicies() {
		String stream = "arn:aws:kinesis:us-east-1:000000000000:stream/changes";
		missing("EnableKinesisStreamingDestination", "{'TableName':'%s'}", "streamArn");
		serialization("EnableKinesisStreamingDestination", "{'TableName':'%s','StreamArn':'" + stream
				+ "','EnableKinesisStreamingConfiguration':'x'}", "Unexpected field type");
		one("EnableKinesisStreamingDestination", "{'TableName':'%s','StreamArn':'arn:short'}", "arn:short", "streamArn", minLength(37));
		many("EnableKinesisStreamingDestination", "{'TableName':'%s','StreamArn':'arn:short','EnableKinesisStreamingConfiguration':{'ApproximateCreationDateTimePrecision':'SECOND'}}",
				violation("arn:short", "streamArn", minLength(37)),
				violation("SECOND", "enableKinesisStreamingConfiguration.approximateCreationDateTimePrecision",
						"Member must satisfy enum value set: [MILLISECOND, MICROSECOND]"));

		missing("DisableKinesisStreamingDestination", "{'TableName':'%s'}", "streamArn");
		serialization("DisableKinesisStreamingDestination", "{'TableName':'%s','StreamArn':[]}",
				"Unrecognized collection type class java.lang.String");
		one("DisableKinesisStreamingDestination", "{'TableName':'%s','StreamArn':'arn:short'}", "arn:short", "streamArn", minLength(37));

		missing("UpdateKinesisStreamingDestination", "{'TableName':'%s'}", "streamArn");
		serialization("UpdateKinesisStreamingDestination", "{'TableName':'%s','StreamArn':5}", "NUMBER_VALUE cannot be converted to String");
		one("UpdateKinesisStreamingDestination", "{'TableName':'%s','StreamArn':'" + stream
				+ "','UpdateKinesisStreamingConfiguration':{'ApproximateCreationDateTimePrecision':'HOUR'}}", "HOUR",
				"updateKinesisStreamingConfiguration.approximateCreationDateTimePrecision",
				"Member must satisfy enum value set: [MILLISECOND, MICROSECOND]");

		missing("DescribeKinesisStreamingDestination", "{}", "tableName");
		serialization("DescribeKinesisStreamingDestination", "{'TableName':[]}", "Unrecognized collection type class java.lang.String");
		one("DescribeKinesisStreamingDestination", "{'TableName':'%s^'}", "%s^", "tableName", NAME_PATTERN);

		missing("DescribeContributorInsights", "{}", "tableName");
		serialization("DescribeContributorInsights", "{'TableName':'%s','IndexName':1}", "NUMBER_VALUE cannot be converted to String");
		one("DescribeContributorInsights", "{'TableName':'%s','IndexName':'ix'}", "ix", "indexName", minLength(3));

		missing("UpdateContributorInsights", "{'TableName':'%s'}", "contributorInsightsAction");
		serialization("UpdateContributorInsights", "{'TableName':'%s','ContributorInsightsAction':true}",
				"TRUE_VALUE cannot be converted to String");
		one("UpdateContributorInsights", "{'TableName':'%s','ContributorInsightsAction':'START'}", "START", "contributorInsightsAction",
				"Member must satisfy enum value set: [ENABLE, DISABLE]");
		many("UpdateContributorInsights", "{'TableName':'%s','IndexName':'i!','ContributorInsightsAction':'START'}",
				violation("i!", "indexName", NAME_PATTERN), violation("i!", "indexName", minLength(3)),
				violation("START", "contributorInsightsAction", "Member must satisfy enum value set: [ENABLE, DISABLE]"));

		missing("ListContributorInsights", null, null);
		serialization("ListContributorInsights", "{'TableName':'%s','MaxResults':'5'}", "STRING_VALUE cannot be converted to Integer");
		one("ListContributorInsights", "{'TableName':'%s','MaxResults':101}", "101", "maxResults", maxValue(100));

		String table = "arn:aws:dynamodb:us-east-1:000000000000:table/%s";
		missing("GetResourcePolicy", "{}", "resourceArn");
		serialization("GetResourcePolicy", "{'ResourceArn':['" + table + "']}", "Unrecognized collection type class java.lang.String");
		one("GetResourcePolicy", "{'ResourceArn':''}", "", "resourceArn", minLength(1));

		missing("PutResourcePolicy", "{'ResourceArn':'" + table + "'}", "policy");
		serialization("PutResourcePolicy", "{'ResourceArn':'" + table + "','Policy':{}}", "Start of structure or map found where not expected");
		one("PutResourcePolicy", "{'ResourceArn':'" + table + "','Policy':'{}','ExpectedRevisionId':''}", "", "expectedRevisionId",
				minLength(1));
		many("PutResourcePolicy", "{'ResourceArn':'','ExpectedRevisionId':''}", violation("", "resourceArn", minLength(1)),
				violation(null, "policy", NOT_NULL), violation("", "expectedRevisionId", minLength(1)));

		missing("DeleteResourcePolicy", "{}", "resourceArn");
		serialization("DeleteResourcePolicy", "{'ResourceArn':'" + table + "','ExpectedRevisionId':7}",
				"NUMBER_VALUE cannot be converted to String");
		one("DeleteResourcePolicy", "{'ResourceArn':'" + table + "','ExpectedRevisionId':''}", "", "expectedRevisionId", minLength(1));
	}

	private void exportsImportsAndAccount() {
		String table = "arn:aws:dynamodb:us-east-1:000000000000:table/%s";
		missing("ExportTableToPointInTime", "{'TableArn':'" + table + "'}", "s3Bucket");
		serialization("ExportTableToPointInTime", "{'TableArn':'" + table + "','S3Bucket':'bucket','ExportFormat':[]}",
				"Unrecognized collection type class java.lang.String");
		one("ExportTableToPointInTime", "{'TableArn':'" + table + "','S3Bucket':'bucket','ExportFormat':'CSV'}", "CSV", "exportFormat",
				"Member must satisfy enum value set: [DYNAMODB_JSON, ION]");

		missing("DescribeExport", "{}", "exportArn");
		serialization("DescribeExport", "{'ExportArn':1}", "NUMBER_VALUE cannot be converted to String");
		one("DescribeExport", "{'ExportArn':'arn:export'}", "arn:export", "exportArn", minLength(37));

		missing("ListExports", null, null);
		serialization("ListExports", "{'TableArn':'" + table + "','MaxResults':'many'}", "STRING_VALUE cannot be converted to Integer");
		one("ListExports", "{'TableArn':'" + table + "','MaxResults':26}", "26", "maxResults", maxValue(25));

		missing("ImportTable", "{'InputFormat':'CSV'}", "s3BucketSource", "tableCreationParameters");
		serialization("ImportTable", "{'S3BucketSource':'bucket','InputFormat':'CSV','TableCreationParameters':{}}", "Unexpected field type");
		one("ImportTable", "{'S3BucketSource':{'S3Bucket':'bucket'},'InputFormat':'XML','TableCreationParameters':{'TableName':'%s',"
				+ "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]}}",
				"XML", "inputFormat", "Member must satisfy enum value set: [DYNAMODB_JSON, ION, CSV]");

		missing("DescribeImport", "{}", "importArn");
		serialization("DescribeImport", "{'ImportArn':{}}", "Start of structure or map found where not expected");
		one("DescribeImport", "{'ImportArn':'arn:import'}", "arn:import", "importArn", minLength(37));

		missing("ListImports", null, null);
		serialization("ListImports", "{'TableArn':'" + table + "','PageSize':'x'}", "STRING_VALUE cannot be converted to Integer");
		one("ListImports", "{'TableArn':'" + table + "','PageSize':0}", "0", "pageSize", minValue(1));

		serialization("DescribeLimits", "[]", null);
		serialization("DescribeEndpoints", "[]", null);
	}

	private void missing(String operation, String body, String... paths) {
		if (body == null) {
			return; // the operation has no required member
		}
		String[] violations = new String[paths.length];
		for (int i = 0; i < paths.length; i++) {
			violations[i] = violation(null, paths[i], NOT_NULL);
		}
		many(operation, body, violations);
	}

	private void serialization(String operation, String body, String message) {
		cases.add(new Case(operation, body, "SerializationException", message));
	}

	private void plain(String operation, String body, String message) {
		cases.add(new Case(operation, body, "ValidationException", message));
	}

	private void one(String operation, String body, String value, String path, String constraint) {
		many(operation, body, violation(value, path, constraint));
	}

	private void many(String operation, String body, String... violations) {
		String count = (violations.length == 1) ? "1 validation error" : violations.length + " validation errors";
		cases.add(new Case(operation, body, "ValidationException", count + " detected: " + String.join("; ", violations)));
	}

	private static String violation(String value, String path, String constraint) {
		String shown = (value == null) ? "null" : "'" + value + "'";
		return "Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint;
	}

	private static String minLength(int length) {
		return "Member must have length greater than or equal to " + length;
	}

	private static String maxLength(int length) {
		return "Member must have length less than or equal to " + length;
	}

	private static String minValue(long value) {
		return "Member must have value greater than or equal to " + value;
	}

	private static String maxValue(long value) {
		return "Member must have value less than or equal to " + value;
	}

}
