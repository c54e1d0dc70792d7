package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
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

	private static List<Tag> numberedTags(int from, int count) {
		List<Tag> tags = new ArrayList<>();
		for (int i = from; i < from + count; i++) {
			tags.add(tag("k" + i, "v"));
		}
		return tags;
	}

	/** DynamoDB quotas: at most 50 tags per resource; a refused TagResource applies none of its tags. */
	@Scenario
	void fiftyTagsAreKeptAndTheFiftyFirstIsRefused(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();
		db.tagResource(request -> request.resourceArn(arn).tags(numberedTags(0, 49)));
		db.tagResource(request -> request.resourceArn(arn).tags(tag("k0", "replaced"), tag("k49", "v")));

		assertError(() -> db.tagResource(request -> request.resourceArn(arn).tags(tag("k1", "replaced"), tag("k50", "v"))),
				"LimitExceededException");
		List<Tag> listed = db.listTagsOfResource(request -> request.resourceArn(arn)).tags();
		assertThat(listed).hasSize(50).contains(tag("k0", "replaced"), tag("k1", "v")).doesNotContain(tag("k50", "v"));
	}

	/** Tag API reference: key 1-128 characters, value 0-256; the aws: prefix is reserved. */
	@Scenario
	void tagKeyAndValueLengthsAreChecked(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();
		db.tagResource(request -> request.resourceArn(arn).tags(tag("k".repeat(128), "v".repeat(256)), tag("empty", "")));

		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn).tags(tag("k".repeat(129), "v"))),
				"Member must have length less than or equal to 128");
		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn).tags(tag("k", "v".repeat(257)))),
				"Member must have length less than or equal to 256");
		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn).tags(tag("", "v"))),
				"Member must have length greater than or equal to 1");
		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn).tags(tag("aws:team", "v"))),
				"Tag key cannot start with aws:");
		assertThat(db.listTagsOfResource(request -> request.resourceArn(arn)).tags()).hasSize(2);
	}

	/** Tagging restrictions: unicode letters, digits, whitespace and _ . : / = + - @ only. */
	@Scenario
	void tagCharactersAreChecked(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();
		db.tagResource(request -> request.resourceArn(arn).tags(tag("Équipe 1_.:/=+-@", "café 2_.:/=+-@")));

		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn).tags(tag("team#1", "v"))), "team#1");
		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn).tags(tag("team", "a*b"))), "team");
	}

	@Scenario
	void tagResourceWithoutTagsIsRefused(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();

		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn).tags(List.of())),
				"Atleast one Tag needs to be provided as Input.");
	}

	@Scenario
	void malformedOrForeignArnIsAccessDenied(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();
		String foreignAccount = arn.replaceFirst(":\\d{12}:", ":999999999999:");

		assertError(() -> db.listTagsOfResource(request -> request.resourceArn("not-an-arn")), "AccessDeniedException");
		assertError(() -> db.tagResource(request -> request.resourceArn(foreignAccount).tags(tag("a", "b"))), "AccessDeniedException");
	}

	@Scenario
	void indexArnIsNotATaggableTable(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Tagged").create(db).tableArn();

		assertValidation(() -> db.tagResource(request -> request.resourceArn(arn + "/index/byName").tags(tag("a", "b"))),
				"Invalid TableArn");
	}

}
