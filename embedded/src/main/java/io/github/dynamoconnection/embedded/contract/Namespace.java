package io.github.dynamoconnection.embedded.contract;

/**
 * Where a table lives: DynamoDB keeps tables per account and region, so two regions (or accounts)
 * can each have a table named {@code Thread}. ARNs carry both.
 * @param accountId the 12-digit account id
 * @param region the region, e.g. {@code us-east-1}
 */
public record Namespace(String accountId, String region) {

	public Namespace {
		if (accountId == null || accountId.isEmpty() || region == null || region.isEmpty()) {
			throw new IllegalArgumentException("a namespace needs an account id and a region");
		}
	}

	@Override
	public String toString() {
		return accountId + "/" + region;
	}

}
