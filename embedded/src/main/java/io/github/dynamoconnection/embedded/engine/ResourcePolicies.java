package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.nio.charset.StandardCharsets;

import io.github.dynamoconnection.embedded.json.DynamoJsonMappers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GetResourcePolicy, PutResourcePolicy and DeleteResourcePolicy on a table ARN or a stream ARN. The
 * policy is stored as sent (it must be a JSON object of at most 20 KB) with a revision id; it is
 * recorded, not enforced, as the engine has no IAM. {@code ExpectedRevisionId} (or
 * {@code NO_POLICY}) makes a change conditional, answering PolicyNotFoundException on mismatch, as
 * DynamoDB documents.
 */
final class ResourcePolicies {

	/** DynamoDB's largest policy document. */
	private static final int MAX_POLICY_BYTES = 20 * 1024;

	private static final String NO_POLICY = "NO_POLICY";

	private static final JsonMapper JSON = DynamoJsonMappers.builder().build();

	private final Catalog catalog;

	ResourcePolicies(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode getResourcePolicy(ObjectNode request) {
		String arn = resourceArn(request);
		Table table = owner(arn);
		ResourcePolicy policy;
		table.lock.readLock().lock();
		try {
			policy = table.policies.get(arn);
		}
		finally {
			table.lock.readLock().unlock();
		}
		if (policy == null) {
			throw policyNotFound(arn);
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("Policy", policy.document());
		response.put("RevisionId", policy.revisionId());
		return response;
	}

	ObjectNode putResourcePolicy(ObjectNode request) {
		String arn = resourceArn(request);
		String document = Requests.string(request, "Policy");
		String expected = Requests.optionalString(request, "ExpectedRevisionId");
		Requests.bool(request, "ConfirmRemoveSelfResourceAccess");
		Table table = owner(arn);
		table.lock.writeLock().lock();
		try {
			ItemOperations.checkLive(table);
			ResourcePolicy current = table.policies.get(arn);
			checkExpectedRevision(arn, current, expected);
			ResourcePolicy policy = newPolicy(document, current, catalog.settings.clock().millis());
			table.policies.put(arn, policy);
			return revision(policy);
		}
		finally {
			table.lock.writeLock().unlock();
		}
	}

	ObjectNode deleteResourcePolicy(ObjectNode request) {
		String arn = resourceArn(request);
		String expected = Requests.optionalString(request, "ExpectedRevisionId");
		Table table = owner(arn);
		table.lock.writeLock().lock();
		try {
			ItemOperations.checkLive(table);
			ResourcePolicy current = table.policies.get(arn);
			if (current == null) {
				throw policyNotFound(arn);
			}
			checkExpectedRevision(arn, current, expected);
			table.policies.remove(arn);
			return revision(current);
		}
		finally {
			table.lock.writeLock().unlock();
		}
	}

	/**
	 * A checked policy document with its revision id: epoch milliseconds of the change, above the
	 * previous revision's.
	 */
	static ResourcePolicy newPolicy(String document, ResourcePolicy previous, long nowMillis) {
		if (document.getBytes(StandardCharsets.UTF_8).length > MAX_POLICY_BYTES) {
			throw EngineException.validation("Policy document size exceeds the maximum allowed size of 20 KB");
		}
		JsonNode parsed;
		try {
			parsed = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			parsed = null;
		}
		if (parsed == null || !parsed.isObject() || !parsed.has("Statement")) {
			throw EngineException.validation("Invalid policy document: a policy must be a JSON object with a Statement");
		}
		long revision = nowMillis;
		if (previous != null) {
			revision = Math.max(revision, Long.parseLong(previous.revisionId()) + 1);
		}
		return new ResourcePolicy(document, Long.toString(revision));
	}

	private static void checkExpectedRevision(String arn, ResourcePolicy current, String expected) {
		if (expected == null) {
			return;
		}
		if (NO_POLICY.equals(expected) ? current != null : (current == null || !current.revisionId().equals(expected))) {
			throw new EngineException("PolicyNotFoundException", "Resource-based policy not found for the provided ResourceArn: "
					+ "Requested update for policy revision id " + expected + ", but the policy associated to target resource "
					+ arn + " has revision id " + ((current != null) ? current.revisionId() : NO_POLICY) + ".");
		}
	}

	private static ObjectNode revision(ResourcePolicy policy) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("RevisionId", policy.revisionId());
		return response;
	}

	private static EngineException policyNotFound(String arn) {
		return new EngineException("PolicyNotFoundException",
				"Resource-based policy not found for the provided ResourceArn: " + arn);
	}

	private static String resourceArn(ObjectNode request) {
		String arn = Requests.string(request, "ResourceArn");
		if (arn.isEmpty() || arn.length() > 1283) {
			throw Requests.constraint(arn, "resourceArn", arn.isEmpty() ? "Member must have length greater than or equal to 1"
					: "Member must have length less than or equal to 1283");
		}
		return arn;
	}

	/** The table whose ARN, or whose enabled stream's ARN, this is; else ResourceNotFoundException. */
	private Table owner(String arn) {
		for (Table table : catalog.all()) {
			if (arn.equals(table.arn) || arn.equals(table.latestStreamArn())) {
				return table;
			}
		}
		throw new EngineException("ResourceNotFoundException", "Requested resource not found: ResourceArn: " + arn + " not found");
	}

}
