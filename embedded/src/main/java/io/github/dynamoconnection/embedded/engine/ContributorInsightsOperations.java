package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.value.ValueOrder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * DescribeContributorInsights, UpdateContributorInsights and ListContributorInsights: the setting is
 * recorded per table and index and takes effect at once (ENABLED / DISABLED, never the transient
 * ENABLING / DISABLING). No CloudWatch exists here, so the rule list is always empty.
 */
final class ContributorInsightsOperations {

	private static final List<String> ACTIONS = List.of("ENABLE", "DISABLE");

	private static final List<String> MODES = List.of("ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS");

	private static final String TABLE_ITSELF = "";

	private final Catalog catalog;

	ContributorInsightsOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode describeContributorInsights(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		String indexName = indexName(request, table);
		ContributorInsights insights;
		table.lock.readLock().lock();
		try {
			insights = table.contributorInsights.get(key(indexName));
		}
		finally {
			table.lock.readLock().unlock();
		}
		ObjectNode response = answer(table.name, indexName, insights);
		response.putArray("ContributorInsightsRuleList");
		if (insights != null) {
			response.put("LastUpdateDateTime", TableDescriptions.epochSeconds(insights.lastUpdate()));
		}
		return response;
	}

	ObjectNode updateContributorInsights(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		String indexName = indexName(request, table);
		String action = Requests.enumValue(request, "ContributorInsightsAction", ACTIONS);
		if (action == null) {
			throw Requests.constraint(null, "contributorInsightsAction", "Member must not be null");
		}
		String mode = Requests.enumValue(request, "ContributorInsightsMode", MODES);
		ContributorInsights insights = new ContributorInsights("ENABLE".equals(action),
				(mode != null) ? mode : MODES.get(0), catalog.settings.clock().instant());
		table.lock.writeLock().lock();
		try {
			ItemOperations.checkLive(table);
			table.contributorInsights.put(key(indexName), insights);
		}
		finally {
			table.lock.writeLock().unlock();
		}
		return answer(table.name, indexName, insights);
	}

	ObjectNode listContributorInsights(ObjectNode request) {
		String tableName = Requests.optionalString(request, "TableName");
		if (tableName != null) {
			catalog.describedTable(tableName);
		}
		Long maxResults = Requests.optionalLong(request, "MaxResults");
		if (maxResults != null && (maxResults < 0 || maxResults > 100)) {
			throw Requests.constraint(maxResults, "maxResults", (maxResults < 0) ? "Member must have value greater than or equal to 0"
					: "Member must have value less than or equal to 100");
		}
		int max = (maxResults == null || maxResults == 0) ? 100 : maxResults.intValue();
		int offset = offset(Requests.optionalString(request, "NextToken"));
		List<ObjectNode> summaries = new ArrayList<>();
		List<Table> tables = catalog.all();
		tables.sort(Comparator.comparing((Table table) -> table.name, ValueOrder::compareUtf8));
		for (Table table : tables) {
			if (tableName != null && !tableName.equals(table.name)) {
				continue;
			}
			table.lock.readLock().lock();
			try {
				for (Map.Entry<String, ContributorInsights> entry : table.contributorInsights.entrySet()) {
					String indexName = TABLE_ITSELF.equals(entry.getKey()) ? null : entry.getKey();
					if (indexName != null && table.index(indexName) == null) {
						continue;
					}
					summaries.add(answer(table.name, indexName, entry.getValue()));
				}
			}
			finally {
				table.lock.readLock().unlock();
			}
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode page = response.putArray("ContributorInsightsSummaries");
		for (int i = offset; i < summaries.size() && page.size() < max; i++) {
			page.add(summaries.get(i));
		}
		if (offset + page.size() < summaries.size()) {
			response.put("NextToken", Integer.toString(offset + page.size()));
		}
		return response;
	}

	private static int offset(String nextToken) {
		if (nextToken == null) {
			return 0;
		}
		try {
			return Math.max(0, Integer.parseInt(nextToken));
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation("Invalid NextToken: " + nextToken);
		}
	}

	/** The request's index name, checked against the table's indexes; {@code null} for the table itself. */
	private static String indexName(ObjectNode request, Table table) {
		String indexName = Requests.optionalString(request, "IndexName");
		if (indexName != null) {
			Requests.checkTableName(indexName, "IndexName");
			if (table.index(indexName) == null) {
				throw new EngineException("ResourceNotFoundException",
						"Requested resource not found: Index: " + indexName + " not found for table " + table.name);
			}
		}
		return indexName;
	}

	private static String key(String indexName) {
		return (indexName != null) ? indexName : TABLE_ITSELF;
	}

	private static ObjectNode answer(String tableName, String indexName, ContributorInsights insights) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("TableName", tableName);
		if (indexName != null) {
			node.put("IndexName", indexName);
		}
		node.put("ContributorInsightsStatus", (insights != null && insights.enabled()) ? "ENABLED" : "DISABLED");
		if (insights != null) {
			node.put("ContributorInsightsMode", insights.mode());
		}
		return node;
	}

}
