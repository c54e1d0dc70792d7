package io.github.dynamoconnection.conformance;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static org.assertj.core.api.Assertions.assertThat;

/** DescribeContributorInsights, UpdateContributorInsights and ListContributorInsights. */
class ContributorInsightsScenarios {

	@Scenario
	void contributorInsightsAreDisabledOnANewTable(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Hot").create(db);

		var description = db.describeContributorInsights(request -> request.tableName("Hot"));

		assertThat(description.tableName()).isEqualTo("Hot");
		assertThat(description.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.DISABLED);
	}

	@Scenario
	void enabledContributorInsightsAreDescribedAndListed(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Hot").globalIndex("by-owner", "owner", ScalarAttributeType.S, null, null, projection(ProjectionType.KEYS_ONLY))
			.create(db);

		db.updateContributorInsights(request -> request.tableName("Hot").indexName("by-owner")
			.contributorInsightsAction(ContributorInsightsAction.ENABLE));

		assertThat(db.describeContributorInsights(request -> request.tableName("Hot").indexName("by-owner"))
			.contributorInsightsStatus()).isIn(ContributorInsightsStatus.ENABLED, ContributorInsightsStatus.ENABLING);
		assertThat(db.describeContributorInsights(request -> request.tableName("Hot")).contributorInsightsStatus())
			.isEqualTo(ContributorInsightsStatus.DISABLED);
		assertThat(db.listContributorInsights(request -> request.tableName("Hot")).contributorInsightsSummaries())
			.anySatisfy(summary -> assertThat(summary.indexName()).isEqualTo("by-owner"));
	}

	@Scenario
	void contributorInsightsOfAMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.describeContributorInsights(request -> request.tableName("Missing")), "ResourceNotFoundException");
	}

}
