package io.github.dynamoconnection.embedded.engine;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.ConditionExpression;
import io.github.dynamoconnection.embedded.expression.KeyConditionExpression;
import io.github.dynamoconnection.embedded.expression.ProjectionExpression;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.storage.IndexEntryKey;
import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.storage.PartitionKey;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Query and Scan: pages of items read in key order (query) or hash order (scan), up to Limit or 1 MB. */
final class ReadOperations {

	/** DynamoDB stops a page once it has read 1 MB. */
	static final int PAGE_BYTES = 1024 * 1024;

	private static final List<String> SELECT = List.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");

	private final Catalog catalog;

	ReadOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode query(ObjectNode request) {
		ReadRequest read = ReadRequest.of(catalog, request, "QueryFilter");
		boolean forward = !request.has("ScanIndexForward") || Requests.bool(request, "ScanIndexForward");
		KeyConditionExpression keyCondition = read.expressions.keyCondition(read.keys());
		read.expressions.checkFilterAvoidsKeys(read.keys());
		read.finishExpressions();
		Map<String, Value> start = read.exclusiveStartKey();
		Table table = read.table;
		table.lock.readLock().lock();
		try {
			ItemOperations.checkLive(table);
			Iterator<byte[]> items;
			if (read.index != null) {
				NavigableMap<IndexEntryKey, byte[]> partition = KeyBounds.restrict(read.index.store.partition(keyCondition.hashValue()),
						keyCondition.range(), KeyBounds.INDEX);
				if (start != null) {
					checkStartInQuery(read.index.keys.hashOf(start), keyCondition);
					partition = after(partition, read.index.entryKey(start, table.keys), forward);
				}
				items = (forward ? partition : partition.descendingMap()).values().iterator();
			}
			else if (!table.keys.hasRange()) {
				byte[] item = table.items.hashOnlyItem(keyCondition.hashValue());
				items = (item == null || start != null) ? Collections.emptyIterator() : List.of(item).iterator();
			}
			else {
				NavigableMap<Value, byte[]> partition = KeyBounds.restrict(table.items.partition(keyCondition.hashValue()), keyCondition.range(),
						KeyBounds.TABLE);
				if (start != null) {
					checkStartInQuery(table.keys.hashOf(start), keyCondition);
					partition = after(partition, table.keys.rangeOf(start), forward);
				}
				items = (forward ? partition : partition.descendingMap()).values().iterator();
			}
			return read.collect(items);
		}
		finally {
			table.lock.readLock().unlock();
		}
	}

	ObjectNode scan(ObjectNode request) {
		ReadRequest read = ReadRequest.of(catalog, request, "ScanFilter");
		read.finishExpressions();
		Long segment = Requests.optionalLong(request, "Segment");
		Long totalSegments = Requests.optionalLong(request, "TotalSegments");
		checkSegments(segment, totalSegments);
		Map<String, Value> start = read.exclusiveStartKey();
		PartitionKey from = null;
		PartitionKey to = null;
		if (segment != null) {
			int total = totalSegments.intValue();
			int seg = segment.intValue();
			Value startHash = (start == null) ? null : (read.index != null) ? read.index.keys.hashOf(start) : read.table.keys.hashOf(start);
			if (startHash != null && PartitionKey.of(startHash).segment(total) != seg) {
				throw EngineException.validation("The provided Exclusive start key does not map to the provided segment");
			}
			from = PartitionKey.lowestWithHash(PartitionKey.firstHashOfSegment(seg, total));
			to = (seg + 1 < total) ? PartitionKey.lowestWithHash(PartitionKey.firstHashOfSegment(seg + 1, total)) : null;
		}
		Table table = read.table;
		table.lock.readLock().lock();
		try {
			ItemOperations.checkLive(table);
			Iterator<byte[]> items;
			if (read.index != null) {
				Value afterHash = (start != null) ? read.index.keys.hashOf(start) : null;
				IndexEntryKey afterKey = (start != null) ? read.index.entryKey(start, table.keys) : null;
				items = read.index.store.scan(from, afterHash, afterKey, to);
			}
			else {
				Value afterHash = (start != null) ? table.keys.hashOf(start) : null;
				Value afterRange = (start != null) ? table.keys.rangeOf(start) : null;
				items = table.items.scan(from, afterHash, afterRange, to);
			}
			return read.collect(items);
		}
		finally {
			table.lock.readLock().unlock();
		}
	}

	private static void checkStartInQuery(Value startHash, KeyConditionExpression keyCondition) {
		if (!startHash.equals(keyCondition.hashValue())) {
			throw outsideQuery();
		}
	}

	/** The entries after the exclusive start position in reading direction. */
	private static <K> NavigableMap<K, byte[]> after(NavigableMap<K, byte[]> partition, K start, boolean forward) {
		try {
			return forward ? partition.tailMap(start, false) : partition.headMap(start, false);
		}
		catch (IllegalArgumentException ex) {
			throw outsideQuery();
		}
	}

	private static EngineException outsideQuery() {
		return EngineException.validation("The provided starting key is outside query boundaries based on provided conditions");
	}

	private static void checkSegments(Long segment, Long totalSegments) {
		if (segment != null && totalSegments == null) {
			throw EngineException.validation("The TotalSegments parameter is required but was not present in the request when parameter Segment is present");
		}
		if (totalSegments != null && segment == null) {
			throw EngineException.validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
		}
		if (totalSegments == null) {
			return;
		}
		if (totalSegments < 1 || totalSegments > 1_000_000) {
			throw Requests.constraint(totalSegments, "totalSegments", (totalSegments < 1)
					? "Member must have value greater than or equal to 1" : "Member must have value less than or equal to 1000000");
		}
		if (segment < 0) {
			throw Requests.constraint(segment, "segment", "Member must have value greater than or equal to 0");
		}
		if (segment >= totalSegments) {
			throw EngineException.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
					+ segment + " is not less than TotalSegments: " + totalSegments);
		}
	}

	/** The parts that Query and Scan share: target, filter, projection, select, limit, capacity. */
	private static final class ReadRequest {

		final ObjectNode request;

		final Table table;

		final SecondaryIndex index;

		final RequestExpressions expressions;

		final ConditionExpression filter;

		final ProjectionExpression projection;

		final String select;

		final long limit;

		final boolean consistent;

		final String capacityMode;

		private ReadRequest(ObjectNode request, Table table, SecondaryIndex index, RequestExpressions expressions,
				ConditionExpression filter, ProjectionExpression projection, String select, long limit,
				boolean consistent, String capacityMode) {
			this.request = request;
			this.table = table;
			this.index = index;
			this.expressions = expressions;
			this.filter = filter;
			this.projection = projection;
			this.select = select;
			this.limit = limit;
			this.consistent = consistent;
			this.capacityMode = capacityMode;
		}

		static ReadRequest of(Catalog catalog, ObjectNode request, String legacyFilter) {
			Table table = catalog.table(Requests.tableName(request, "TableName"));
			String indexName = Requests.optionalString(request, "IndexName");
			SecondaryIndex index = null;
			if (indexName != null) {
				Requests.checkTableName(indexName, "IndexName");
				table.lock.readLock().lock();
				try {
					index = table.index(indexName);
				}
				finally {
					table.lock.readLock().unlock();
				}
				if (index == null) {
					throw EngineException.validation("The table does not have the specified index: " + indexName);
				}
			}
			boolean consistent = Requests.bool(request, "ConsistentRead");
			if (consistent && index != null && index.global) {
				throw EngineException.validation("Consistent reads are not supported on global secondary indexes");
			}
			Long limit = Requests.optionalLong(request, "Limit");
			if (limit != null && limit < 1) {
				throw Requests.constraint(limit, "limit", "Member must have value greater than or equal to 1");
			}
			String select = Requests.enumValue(request, "Select", SELECT);
			RequestExpressions expressions = new RequestExpressions(request);
			ConditionExpression filter = expressions.filter(legacyFilter);
			ProjectionExpression projection = expressions.projection();
			select = checkSelect(select, projection != null, index);
			return new ReadRequest(request, table, index, expressions, filter, projection, select,
					(limit != null) ? limit : Long.MAX_VALUE, consistent,
					Requests.enumValue(request, "ReturnConsumedCapacity", ItemOperations.CONSUMED_CAPACITY));
		}

		private static String checkSelect(String select, boolean projected, SecondaryIndex index) {
			if (select == null) {
				return projected ? "SPECIFIC_ATTRIBUTES" : (index != null) ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES";
			}
			if (projected && !"SPECIFIC_ATTRIBUTES".equals(select)) {
				throw EngineException.validation("Cannot specify the ProjectionExpression when choosing to get " + select);
			}
			if (!projected && "SPECIFIC_ATTRIBUTES".equals(select)) {
				throw EngineException.validation("Must specify the ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
			}
			if ("ALL_PROJECTED_ATTRIBUTES".equals(select) && index == null) {
				throw EngineException.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying or Scanning using an IndexName");
			}
			if ("ALL_ATTRIBUTES".equals(select) && index != null && index.global
					&& !"ALL".equals(index.projection.type())) {
				throw EngineException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
						+ index.name + " because its projection type is not ALL");
			}
			return select;
		}

		KeySchema keys() {
			return (index != null) ? index.keys : table.keys;
		}

		void finishExpressions() {
			expressions.finish();
		}

		/** The validated ExclusiveStartKey, or {@code null}. */
		Map<String, Value> exclusiveStartKey() {
			ObjectNode node = Requests.object(request, "ExclusiveStartKey");
			if (node == null) {
				return null;
			}
			Map<String, Value> start = AttributeValueJson.readItem(node);
			int expected = 0;
			for (KeySchema schema : (index != null) ? List.of(table.keys, index.keys) : List.of(table.keys)) {
				if (!schema.covers(start)) {
					throw EngineException.validation("The provided starting key is invalid: The provided key element does not match the schema");
				}
			}
			for (String name : start.keySet()) {
				if (table.keys.isKeyAttribute(name) || (index != null && index.keys.isKeyAttribute(name))) {
					expected++;
				}
			}
			if (expected != start.size()) {
				throw EngineException.validation("The provided starting key is invalid: The provided key element does not match the schema");
			}
			return start;
		}

		/** Reads items until Limit or 1 MB, filters and projects them, and renders the page. */
		ObjectNode collect(Iterator<byte[]> items) {
			ObjectNode response = JsonNodeFactory.instance.objectNode();
			boolean count = "COUNT".equals(select);
			ArrayNode out = count ? null : response.putArray("Items");
			long scanned = 0;
			long matched = 0;
			long bytes = 0;
			Map<String, Value> last = null;
			boolean stopped = false;
			while (items.hasNext()) {
				Map<String, Value> item = ItemCodec.decode(items.next());
				Map<String, Value> stored = (index != null) ? index.project(item, table.keys) : item;
				bytes += Sizes.itemSize(stored);
				scanned++;
				last = item;
				if (filter == null || filter.test(stored)) {
					matched++;
					if (!count) {
						out.add(AttributeValueJson.writeItem(output(item, stored)));
					}
				}
				if (scanned >= limit || bytes >= PAGE_BYTES) {
					stopped = scanned >= limit || items.hasNext();
					break;
				}
			}
			response.put("Count", matched);
			response.put("ScannedCount", scanned);
			if (stopped) {
				response.set("LastEvaluatedKey", AttributeValueJson.writeItem(lastEvaluatedKey(last)));
			}
			Capacity capacity = new Capacity(table.name, false);
			double units = Capacity.readUnits(bytes, consistent);
			if (index != null) {
				capacity.addIndex(index, units);
			}
			else {
				capacity.addTable(units);
			}
			ItemOperations.putCapacity(response, capacity, capacityMode);
			return response;
		}

		private Map<String, Value> output(Map<String, Value> item, Map<String, Value> stored) {
			boolean fromTable = index == null || !index.global && ("ALL_ATTRIBUTES".equals(select) || projection != null);
			Map<String, Value> source = fromTable ? item : stored;
			return (projection != null) ? projection.project(source) : source;
		}

		private Map<String, Value> lastEvaluatedKey(Map<String, Value> item) {
			Map<String, Value> key = new LinkedHashMap<>();
			copy(item, key, table.keys.hashName());
			copy(item, key, table.keys.rangeName());
			if (index != null) {
				copy(item, key, index.keys.hashName());
				copy(item, key, index.keys.rangeName());
			}
			return key;
		}

		private static void copy(Map<String, Value> from, Map<String, Value> to, String name) {
			if (name != null && from.containsKey(name)) {
				to.put(name, from.get(name));
			}
		}

	}

}
