package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
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
		return queryPage(request).toJson();
	}

	/** Query's page of items, before it is rendered (the tree and the streaming path render it). */
	ReadPage queryPage(ObjectNode request) {
		ReadRequest read = ReadRequest.of(catalog, request, "QueryFilter");
		boolean forward = !request.has("ScanIndexForward") || Requests.bool(request, "ScanIndexForward");
		boolean multiAttribute = read.index != null && read.index.keys.composite() != null;
		MultiAttributeKeyQuery multiKey = multiAttribute
				? MultiAttributeKeyQuery.of(read.expressions.multiAttributeKeyConditions(), read.index.keys) : null;
		KeyConditionExpression keyCondition = multiAttribute ? null : read.expressions.keyCondition(read.keys());
		Value hashValue = multiAttribute ? multiKey.hashValue() : keyCondition.hashValue();
		read.expressions.checkFilterAvoidsKeys(read.keys());
		read.finishExpressions();
		Map<String, Value> start = read.exclusiveStartKey();
		Table table = read.table;
		table.lock.readLock().lock();
		try {
			ItemOperations.checkLive(table);
			Iterator<byte[]> items;
			if (read.index != null) {
				NavigableMap<IndexEntryKey, byte[]> partition = multiAttribute
						? multiKey.restrict(read.index.store.partition(hashValue))
						: KeyBounds.restrict(read.index.store.partition(hashValue), keyCondition.range(), KeyBounds.INDEX);
				if (start != null) {
					checkStartInQuery(read.index.keys.hashOf(start), hashValue);
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
					checkStartInQuery(table.keys.hashOf(start), hashValue);
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
		return scanPage(request).toJson();
	}

	private ReadPage scanPage(ObjectNode request) {
		Long segment = Requests.optionalLong(request, "Segment");
		Long totalSegments = Requests.optionalLong(request, "TotalSegments");
		checkSegments(segment, totalSegments);
		ReadRequest read = ReadRequest.of(catalog, request, "ScanFilter");
		read.finishExpressions();
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

	private static void checkStartInQuery(Value startHash, Value queryHash) {
		if (!startHash.equals(queryHash)) {
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
			throw EngineException.validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
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
			String tableName = Requests.tableName(request, "TableName");
			String indexName = Requests.optionalString(request, "IndexName");
			if (indexName != null) {
				Requests.checkTableName(indexName, "IndexName");
			}
			boolean consistent = Requests.bool(request, "ConsistentRead");
			Long limit = Requests.optionalLong(request, "Limit");
			if (limit != null && limit < 1) {
				throw Requests.constraint(limit, "limit", "Member must have value greater than or equal to 1");
			}
			String select = Requests.enumValue(request, "Select", SELECT);
			RequestExpressions expressions = new RequestExpressions(request);
			ConditionExpression filter = expressions.filter(legacyFilter);
			ProjectionExpression projection = expressions.projection();
			select = checkSelect(select, projection != null, indexName != null);
			// what needs no table is checked first: a missing table is reported only for a valid request
			Table table = catalog.table(tableName);
			SecondaryIndex index = null;
			if (indexName != null) {
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
			if (consistent && index != null && index.global) {
				throw EngineException.validation("Consistent reads are not supported on global secondary indexes");
			}
			checkSelectOnGlobalIndex(select, index);
			return new ReadRequest(request, table, index, expressions, filter, projection, select,
					(limit != null) ? limit : Long.MAX_VALUE, consistent,
					Requests.enumValue(request, "ReturnConsumedCapacity", ItemOperations.CONSUMED_CAPACITY));
		}

		private static String checkSelect(String select, boolean projected, boolean onIndex) {
			if (select == null) {
				return projected ? "SPECIFIC_ATTRIBUTES" : onIndex ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES";
			}
			if (projected && !"SPECIFIC_ATTRIBUTES".equals(select)) {
				throw EngineException.validation("Cannot specify the ProjectionExpression when choosing to get " + select);
			}
			if (!projected && "SPECIFIC_ATTRIBUTES".equals(select)) {
				throw EngineException.validation("Must specify the ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
			}
			if ("ALL_PROJECTED_ATTRIBUTES".equals(select) && !onIndex) {
				throw EngineException.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying or Scanning using an IndexName");
			}
			return select;
		}

		private static void checkSelectOnGlobalIndex(String select, SecondaryIndex index) {
			if ("ALL_ATTRIBUTES".equals(select) && index != null && index.global && !"ALL".equals(index.projection.type())) {
				throw EngineException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
						+ index.name + " because its projection type is not ALL");
			}
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

		/** Reads items until Limit or 1 MB (no item past it), filters and projects them. */
		ReadPage collect(Iterator<byte[]> items) {
			boolean count = "COUNT".equals(select);
			List<Map<String, Value>> out = count ? null : new ArrayList<>();
			long scanned = 0;
			long matched = 0;
			long bytes = 0;
			Map<String, Value> last = null;
			boolean stopped = false;
			while (items.hasNext()) {
				Map<String, Value> item = ItemCodec.decode(items.next());
				Map<String, Value> stored = (index != null) ? index.project(item, table.keys) : item;
				long size = Sizes.itemSize(stored);
				if (scanned > 0 && bytes + size > PAGE_BYTES) {
					// an item that would take the page past 1 MB ends it and starts the next one
					stopped = true;
					break;
				}
				bytes += size;
				scanned++;
				last = item;
				if (filter == null || filter.test(stored)) {
					matched++;
					if (!count) {
						out.add(output(item, stored));
					}
				}
				if (scanned >= limit || bytes >= PAGE_BYTES) {
					stopped = scanned >= limit || items.hasNext();
					break;
				}
			}
			Capacity capacity = new Capacity(table.name, false);
			double units = Capacity.readUnits(bytes, consistent);
			if (index != null) {
				capacity.addIndex(index, units);
			}
			else {
				capacity.addTable(units);
			}
			return new ReadPage(out, matched, scanned, stopped ? lastEvaluatedKey(last) : null,
					capacity.toJson(capacityMode));
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
				index.keys.hashNames().forEach(name -> copy(item, key, name));
				index.keys.rangeNames().forEach(name -> copy(item, key, name));
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
