package io.github.dynamoconnection.conformance;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/** TagResource, UntagResource and ListTagsOfResource on a table ARN. */
class TagScenarios {

	private static Tag tag(String key, String value) {
		return Tag.builder().key(key).value(value).build();
	}

	@Scenario
	void tagsOfCreateTableAreListed(Backend backend) {
		DynamoDbClient db = backend.client();
		db.createTable(hashTable("Tagged").request().toBuilder().tags(tag("team", "core")).build());
		String arn = db.describeTable(request -> request.tableName("Tagged")).table().tableArn();

		assertThat(db.listTagsOfResource(request -> request.resourceArn(arn)).tags()).containsExactly(tag("team", "core"));
	}

	@Scenario
	void tagResourceAddsAndReplacesTags(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();

		db.tagResource(request -> request.resourceArn(arn).tags(tag("team", "core"), tag("env", "dev")));
		db.tagResource(request -> request.resourceArn(arn).tags(tag("env", "prod")));

		assertThat(db.listTagsOfResource(request -> request.resourceArn(arn)).tags())
			.containsExactlyInAnyOrder(tag("team", "core"), tag("env", "prod"));
	}

	@Scenario
	void tagsOfMissingTableAreResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn().replace("Tagged", "Missing");

		DynamoErrors.assertError(() -> db.listTagsOfResource(request -> request.resourceArn(arn)), "ResourceNotFoundException");
	}

	@Scenario
	void untagResourceRemovesTagKeys(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();
		db.tagResource(request -> request.resourceArn(arn).tags(tag("team", "core"), tag("env", "dev")));

		db.untagResource(request -> request.resourceArn(arn).tagKeys("env", "absent"));

		assertThat(db.listTagsOfResource(request -> request.resourceArn(arn)).tags()).containsExactly(tag("team", "core"));
	}

}
