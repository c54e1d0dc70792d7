package io.github.dynamoconnection.internal.call;

/**
 * The DynamoDB operations a {@code Connection} makes, with the name DynamoDB gives them and the
 * exception family their failures map to.
 */
public enum Operation {

	CREATE_TABLE("CreateTable", Family.TABLE),
	UPDATE_TABLE("UpdateTable", Family.TABLE),
	DELETE_TABLE("DeleteTable", Family.TABLE),
	DESCRIBE_TABLE("DescribeTable", Family.TABLE),
	LIST_TABLES("ListTables", Family.TABLE),
	UPDATE_TIME_TO_LIVE("UpdateTimeToLive", Family.TABLE),
	DESCRIBE_TIME_TO_LIVE("DescribeTimeToLive", Family.TABLE),
	GET_ITEM("GetItem", Family.GET),
	PUT_ITEM("PutItem", Family.PUT),
	DELETE_ITEM("DeleteItem", Family.DELETE),
	UPDATE_ITEM("UpdateItem", Family.UPDATE),
	QUERY("Query", Family.QUERY),
	SCAN("Scan", Family.SCAN),
	BATCH_GET_ITEM("BatchGetItem", Family.BATCH_GET),
	BATCH_WRITE_ITEM("BatchWriteItem", Family.BATCH_WRITE),
	TRANSACT_GET_ITEMS("TransactGetItems", Family.TRANSACT_GET),
	TRANSACT_WRITE_ITEMS("TransactWriteItems", Family.TRANSACT_WRITE),
	EXECUTE_STATEMENT("ExecuteStatement", Family.STATEMENT);

	private final String awsName;

	private final Family family;

	Operation(String awsName, Family family) {
		this.awsName = awsName;
		this.family = family;
	}

	/** The operation's name in DynamoDB's API, e.g. {@code GetItem}. */
	public String awsName() {
		return awsName;
	}

	/** The exception family a failure of this operation maps to. */
	public Family family() {
		return family;
	}

	/** Exception families, one per group of operations (PynamoDB's TableError, GetError, ...). */
	public enum Family {
		TABLE, GET, PUT, DELETE, UPDATE, QUERY, SCAN, BATCH_GET, BATCH_WRITE, TRANSACT_GET, TRANSACT_WRITE, STATEMENT
	}

}
