package io.github.dynamoconnection.conformance;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/** GetResourcePolicy, PutResourcePolicy and DeleteResourcePolicy on a table ARN. */
class ResourcePolicyScenarios {

	private static final String POLICY = """
			{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},\
			"Action":"dynamodb:GetItem","Resource":"*"}]}""";

	@Scenario
	void putPolicyIsReadBackWithItsRevision(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Shared").create(db).tableArn();

		String revision = db.putResourcePolicy(request -> request.resourceArn(arn).policy(POLICY)).revisionId();

		var policy = db.getResourcePolicy(request -> request.resourceArn(arn));
		assertThat(revision).isNotBlank();
		assertThat(policy.revisionId()).isEqualTo(revision);
		assertThat(policy.policy()).isEqualTo(POLICY);
	}

	@Scenario
	void tableWithoutPolicyAnswersPolicyNotFound(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Shared").create(db).tableArn();

		assertError(() -> db.getResourcePolicy(request -> request.resourceArn(arn)), "PolicyNotFoundException");
		assertError(() -> db.deleteResourcePolicy(request -> request.resourceArn(arn)), "PolicyNotFoundException");
	}

	@Scenario
	void putWithAStaleExpectedRevisionIsPolicyNotFound(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Shared").create(db).tableArn();
		String revision = db.putResourcePolicy(request -> request.resourceArn(arn).policy(POLICY)).revisionId();
		db.putResourcePolicy(request -> request.resourceArn(arn).policy(POLICY).expectedRevisionId(revision));

		assertError(() -> db.putResourcePolicy(request -> request.resourceArn(arn).policy(POLICY).expectedRevisionId(revision)),
				"PolicyNotFoundException");
	}

	@Scenario
	void deletedPolicyIsGone(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Shared").create(db).tableArn();
		db.putResourcePolicy(request -> request.resourceArn(arn).policy(POLICY).confirmRemoveSelfResourceAccess(true));

		db.deleteResourcePolicy(request -> request.resourceArn(arn));

		assertError(() -> db.getResourcePolicy(request -> request.resourceArn(arn)), "PolicyNotFoundException");
	}

	@Scenario
	void policyOnAMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Shared").create(db).tableArn().replace("Shared", "Missing");

		assertError(() -> db.putResourcePolicy(request -> request.resourceArn(arn).policy(POLICY)), "ResourceNotFoundException");
	}

}
