package io.github.dynamoconnection.conformance;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** Tables live per account and region: the region of the request's signature decides which ones it sees. */
class NamespaceScenarios {

	private static final Region OTHER_REGION = Region.US_WEST_2;

	@Scenario
	void eachRegionHasItsOwnTables(Backend backend) {
		DynamoDbClient east = backend.client();
		DynamoDbClient west = backend.client(OTHER_REGION);

		TableDescription westTable = hashTable("Thread").create(west);

		assertThat(east.listTables().tableNames()).doesNotContain("Thread");
		assertThat(west.listTables().tableNames()).contains("Thread");
		assertThat(westTable.tableArn()).startsWith("arn:aws:dynamodb:us-west-2:").endsWith(":table/Thread");
		assertError(() -> east.describeTable(request -> request.tableName("Thread")), "ResourceNotFoundException");
	}

	@Scenario
	void twoRegionsCanEachHaveATableOfTheSameName(Backend backend) {
		DynamoDbClient east = backend.client();
		DynamoDbClient west = backend.client(OTHER_REGION);
		hashTable("Thread").create(west);
		hashTable("Thread").create(east);

		east.putItem(request -> request.tableName("Thread").item(item("pk", s("east"))));

		assertThat(east.scan(request -> request.tableName("Thread")).count()).isEqualTo(1);
		assertThat(west.scan(request -> request.tableName("Thread")).count()).isZero();
		assertThat(east.describeTable(request -> request.tableName("Thread")).table().tableArn()).contains(":us-east-1:");
	}

	@Scenario
	void transactionNamingATableOfAnotherRegionIsResourceNotFound(Backend backend) {
		DynamoDbClient east = backend.client();
		hashTable("Local").create(east);
		String westArn = hashTable("Remote").create(backend.client(OTHER_REGION)).tableArn();

		assertError(() -> east.transactWriteItems(request -> request.transactItems(
				TransactWriteItem.builder().put(Put.builder().tableName("Local").item(item("pk", s("a"))).build()).build(),
				TransactWriteItem.builder().put(Put.builder().tableName(westArn).item(item("pk", s("b"))).build()).build())),
				"ResourceNotFoundException");
		assertThat(east.scan(request -> request.tableName("Local")).count()).isZero();
	}

	@Scenario
	void transactionNamingTablesOfThisRegionByArnWorks(Backend backend) {
		DynamoDbClient east = backend.client();
		String arn = hashTable("Local").create(east).tableArn();

		east.transactWriteItems(request -> request.transactItems(
				TransactWriteItem.builder().put(Put.builder().tableName(arn).item(item("pk", s("a"))).build()).build()));

		assertThat(east.scan(request -> request.tableName("Local")).count()).isEqualTo(1);
	}

}
