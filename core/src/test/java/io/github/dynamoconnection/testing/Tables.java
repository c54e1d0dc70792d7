package io.github.dynamoconnection.testing;

import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import io.github.dynamoconnection.Connection;

/** Tables the integration tests create, in one place. */
public final class Tables {

	private Tables() {
	}

	/** PynamoDB's Thread table: forum_name (S) hash, subject (S) range, PAY_PER_REQUEST. */
	public static void thread(Connection conn, String name) {
		conn.createTable(name, t -> t.hashKey("forum_name", S).rangeKey("subject", S).waitUntilActive());
	}

	/** A hash+range table with a number range key: pk (S), sk (N). */
	public static void numbered(Connection conn, String name) {
		conn.createTable(name, t -> t.hashKey("pk", S).rangeKey("sk", N).waitUntilActive());
	}

	/** A hash-only table: id (S). */
	public static void hashOnly(Connection conn, String name) {
		conn.createTable(name, t -> t.hashKey("id", S).waitUntilActive());
	}

}
