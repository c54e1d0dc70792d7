package io.github.dynamoconnection.conformance;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;

/**
 * The one place that lists scenarios where moto_server differs from DynamoDB's documented
 * behaviour. Each scenario asserts DynamoDB's behaviour; those listed here are skipped on moto with
 * the reason. Keys are {@code ScenarioClass#method}. Every entry was checked against moto_server
 * 5.2.1.
 */
final class MotoDivergences {

	private static final Map<String, String> REASONS = Map.ofEntries(
			entry("TableLifecycleScenarios#describedTableHasTableId", "DescribeTable has no TableId"),
			entry("TableLifecycleScenarios#globalIndexDescriptionCarriesIndexArn", "index descriptions have no IndexArn"),
			entry("TableLifecycleScenarios#tableNameShorterThanThreeCharactersIsRejected", "accepts a two-character table name"),
			entry("TableLifecycleScenarios#listTablesIsSortedByName", "ListTables answers in creation order, not sorted by name"),
			entry("TableLifecycleScenarios#queryOnUnknownIndexIsValidation",
					"an unknown IndexName answers ResourceNotFoundException 'Invalid index', not ValidationException"),
			entry("DataTypeScenarios#numbersAreNormalized", "numbers come back as sent (1.50, 1E+2, 007), not normalized"),
			entry("DataTypeScenarios#numberWithMoreThan38SignificantDigitsIsRejected", "stores numbers with more than 38 significant digits"),
			entry("DataTypeScenarios#numberAboveRangeIsRejected", "stores 1E+126, beyond DynamoDB's number range"),
			entry("DataTypeScenarios#stringSetWithDuplicatesIsRejected", "accepts a string set with duplicate members"),
			entry("DataTypeScenarios#numberSetWithDuplicatesIsRejected", "accepts a number set with duplicate members"),
			entry("DataTypeScenarios#itemSizeCountsAttributeNames", "caps items at 405 000 bytes instead of 400 KB (409 600 bytes)"),
			entry("KeyValidationScenarios#getItemWithWrongKeyTypeIsRejected", "accepts GetItem with a wrongly typed key"),
			entry("KeyValidationScenarios#deleteItemWithWrongKeyTypeIsRejected", "accepts DeleteItem with a wrongly typed key"),
			entry("KeyValidationScenarios#getItemMissingSortKeyIsRejected",
					"a key missing its sort key answers 'Validation Exception', not 'The provided key element does not match the schema'"),
			entry("KeyValidationScenarios#emptyStringKeyIsRejected",
					"answers the pre-2020 message 'An AttributeValue may not contain an empty string'"),
			entry("KeyValidationScenarios#wronglyTypedIndexKeyIsRejected", "accepts an item whose GSI key attribute has the wrong type"),
			entry("ConditionScenarios#comparisonWithDifferentTypeIsFalse", "comparing a number with a string (num < :s) answers HTTP 500"),
			entry("ExpressionErrorScenarios#syntaxErrorIsRejected", "a syntax error in a ConditionExpression answers HTTP 500"),
			entry("ExpressionErrorScenarios#undefinedNamePlaceholderIsRejected", "an undefined #name in a ConditionExpression answers HTTP 500"),
			entry("ExpressionErrorScenarios#unknownFunctionIsRejected", "an unknown function in a ConditionExpression answers HTTP 500"),
			entry("ExpressionErrorScenarios#unknownAttributeTypeIsRejected",
					"attribute_type with an unknown type fails at run time with ConditionalCheckFailedException"),
			entry("ExpressionErrorScenarios#betweenWithReversedBoundsIsRejected", "accepts BETWEEN with reversed bounds in a key condition"),
			entry("QueryScenarios#keyConditionWithTwoSortKeyConditionsIsRejected", "accepts two conditions on the sort key"),
			entry("QueryScenarios#keyConditionWithOrIsRejected", "OR in a KeyConditionExpression answers HTTP 500"),
			entry("QueryScenarios#filterOnKeyAttributeIsRejected", "accepts a FilterExpression on a primary key attribute"),
			entry("QueryScenarios#pageEndingAtLimitReturnsLastEvaluatedKeyEvenWhenNothingFollows",
					"omits LastEvaluatedKey when a page stops at Limit with nothing after it"),
			entry("ScanScenarios#scanSelectCountReturnsOnlyTheCount", "Scan with Select=COUNT still returns the items"),
			entry("BatchScenarios#batchWriteWithDuplicateKeysIsRejected", "accepts a BatchWriteItem with a put and a delete of the same key"),
			entry("BatchScenarios#batchWriteOfMoreThan25RequestsIsRejected", "accepts 26 write requests in one BatchWriteItem"),
			entry("BatchScenarios#batchGetOfMoreThan100KeysIsRejected",
					"answers a generic length-constraint message, not 'Too many items requested for the BatchGetItem call'"),
			entry("TagScenarios#tagResourceAddsAndReplacesTags", "TagResource with an existing key adds a second tag instead of replacing its value"),
			entry("LegacyParameterScenarios#legacyParametersDoingAnExpressionsJobAreRejected",
					"accepts KeyConditions together with a KeyConditionExpression"),
			entry("IndexDefinitionScenarios#duplicateAttributeDefinitionIsRejected",
					"a duplicate attribute definition answers 'Number of attributes in KeySchema does not exactly match...'"),
			entry("IndexDefinitionScenarios#hundredProjectedAttributesAcrossIndexesAreTheLimit",
					"accepts more than 100 projected non-key attributes across indexes"),
			entry("IndexDefinitionScenarios#nonKeyAttributesOutsideIncludeAreRejected",
					"accepts NonKeyAttributes with ProjectionType ALL and INCLUDE without NonKeyAttributes"),
			entry("IndexDefinitionScenarios#duplicateNonKeyAttributeIsRejected", "accepts duplicate NonKeyAttributes"),
			entry("LimitScenarios#indexKeysOverTheKeySizeLimitsAreRejected", "accepts index key values over the key size limits"),
			entry("LimitScenarios#backfillSkipsItemsThatCannotEnterTheIndex",
					"UpdateTable creating a GSI over items with a wrongly typed index key answers HTTP 500"),
			entry("IndexDefinitionScenarios#updateTableCreatesAtMostOneIndexPerCall", "creates two GSIs in one UpdateTable call"),
			entry("IndexDefinitionScenarios#updateTableRedefiningAnAttributeTypeIsRejected",
					"accepts an UpdateTable redefining the type of a key attribute"),
			entry("BinaryValueScenarios#base64WithoutPaddingIsASerializationError", "accepts base64 binary values without padding"),
			entry("BinaryValueScenarios#nonCanonicalBase64IsASerializationError", "accepts non-canonical base64 binary values"),
			entry("TagScenarios#fiftyTagsAreKeptAndTheFiftyFirstIsRefused", "accepts more than 50 tags on a table"),
			entry("TagScenarios#tagKeyAndValueLengthsAreChecked", "accepts tag keys and values beyond DynamoDB's length limits"),
			entry("TagScenarios#tagCharactersAreChecked", "accepts tag characters DynamoDB refuses"),
			entry("TagScenarios#tagResourceWithoutTagsIsRefused", "accepts a TagResource with an empty Tags list"),
			entry("TagScenarios#malformedOrForeignArnIsAccessDenied", "a malformed or foreign-account ARN answers ResourceNotFoundException"),
			entry("TagScenarios#indexArnIsNotATaggableTable", "accepts tags on an index ARN"),
			entry("TimeToLiveScenarios#expiredItemsAreRemovedAndOthersKept",
					"never removes expired items (embedded engine only: its sweeper runs every " + RunningBackend.TTL_SWEEP_INTERVAL.toMillis() + " ms)"),
			entry("TransactionScenarios#clientRequestTokenMakesARetryIdempotent",
					"ignores ClientRequestToken: a retried TransactWriteItems is applied a second time"),
			entry("TransactionScenarios#clientRequestTokenReusedForADifferentRequestIsAMismatch",
					"no IdempotentParameterMismatchException for a reused ClientRequestToken"),
			entry("TransactionScenarios#transactGetAppliesProjection", "TransactGetItems ignores ProjectionExpression"),
			entry("ConsumedCapacityScenarios#stronglyConsistentGetConsumesOneReadUnitPer4Kb", "charges a strongly consistent read like an eventually consistent one"),
			entry("ConsumedCapacityScenarios#putConsumesOneWriteUnitPerKb", "charges 1 write unit for an item of 1.5 KB"),
			entry("ConsumedCapacityScenarios#queryConsumesByTotalSizeOfItemsRead", "does not halve the read units of an eventually consistent Query"),
			entry("ConsumedCapacityScenarios#transactionalWritesConsumeTwiceTheUnits", "TransactWriteItems returns no ConsumedCapacity"),
			entry("ConsumedCapacityScenarios#indexesBreakdownSeparatesTableAndGlobalIndexWrites",
					"no per-index consumed capacity (INDEXES counts the table write only)"),
			entry("PartiqlScenarios#selectWithNumberParameterInFilter", "a number parameter in a SELECT filter answers HTTP 500"),
			entry("PartiqlScenarios#insertWithParametersStoresItem", "INSERT with ? parameters answers HTTP 500"),
			entry("PartiqlScenarios#insertOfExistingKeyIsDuplicateItem", "INSERT of an existing key silently succeeds instead of DuplicateItemException"),
			entry("PartiqlScenarios#updateWithLiteralNumberChangesItem", "UPDATE ... SET v = <literal number> answers HTTP 500"),
			entry("PartiqlScenarios#deleteWithParameterRemovesItem", "DELETE with a ? parameter answers HTTP 500"),
			entry("LegacyParameterScenarios#attributesToGetProjectsGetItem", "GetItem ignores AttributesToGet"),
			entry("LegacyParameterScenarios#keyConditionsAndQueryFilterSelectItems",
					"Query with KeyConditions and QueryFilter ignores the range condition and repeats items"),
			entry("ConditionScenarios#sizeOfMissingAttributeIsFalse", "size() of a missing attribute answers HTTP 500"),
			entry("KeyValidationScenarios#emptyBinaryKeyIsRejected", "accepts an empty binary key"),
			entry("UpdateItemScenarios#updatedNewOfNestedPathReturnsOnlyThatPath", "UPDATED_NEW of l[1] returns the whole list, not the updated element"),
			entry("ProtocolScenarios#malformedJsonIsSerializationException", "answers malformed JSON with HTTP 200"),
			entry("ProtocolScenarios#unknownOperationIsUnknownOperationException", "answers an unknown operation with HTTP 500"),
			entry("ProtocolScenarios#missingRequiredFieldIsValidationException", "answers a request without TableName with HTTP 500"),
			entry("ProtocolScenarios#wronglyTypedFieldIsSerializationException", "answers a string where a map is expected with HTTP 500"),
			entry("ProtocolScenarios#validationErrorBodyHasTypeAndMessage",
					"namespaces ValidationException as com.amazonaws.dynamodb.v20120810, not com.amazon.coral.validate"),
			entry("ItemScenarios#projectionWithOverlappingPathsIsRejected", "overlapping paths in a ProjectionExpression answer HTTP 500"),
			entry("QueryScenarios#selectAllAttributesOnKeysOnlyGlobalIndexIsRejected",
					"accepts Select=ALL_ATTRIBUTES on a KEYS_ONLY global secondary index"),
			entry("QueryScenarios#limitOfZeroIsRejected", "Limit=0 answers HTTP 500"),
			entry("QueryScenarios#exclusiveStartKeyMissingTheSortKeyIsRejected", "an ExclusiveStartKey without the sort key answers HTTP 500"),
			entry("ExpressionErrorScenarios#namePlaceholderWithoutHashIsRejected",
					"reports an ExpressionAttributeNames key without '#' as unused, not as an invalid key"),
			entry("ConsumedCapacityScenarios#writeUnitsStepUpAfterEachKilobyteOfNamesAndValues", "charges 1 write unit for an item of 1025 bytes"),
			entry("ConsumedCapacityScenarios#readUnitsStepUpAfterEachFourKilobytes",
					"charges a strongly consistent read like an eventually consistent one (0.5 for 4 KB)"),
			entry("ConsumedCapacityScenarios#updateIsChargedForTheLargerOfOldAndNewItem", "charges an UpdateItem of a 5 KB item 0.5 units"),
			entry("ConsumedCapacityScenarios#deleteIsChargedForTheDeletedItem", "charges a DeleteItem of a 5 KB item 1 unit"),
			entry("ConsumedCapacityScenarios#transactionalReadsConsumeTwiceTheUnits", "charges TransactGetItems of 1 + 2 read units as 4, not 6"),
			entry("ConsumedCapacityScenarios#scanIsChargedForItemsReadNotItemsReturned",
					"charges a strongly consistent Scan of 5 KB read 1 unit, not 2"),
			entry("ItemScenarios#projectionReachesIntoMapsInsideLists", "projecting l[1].x, l[0].y drops the l[1] element"),
			entry("TableLifecycleScenarios#listTablesLimitAbove100IsRejected", "accepts ListTables with Limit 101"),
			entry("TableLifecycleScenarios#writesToLocalIndexTableReportItemCollectionMetrics",
					"returns no ItemCollectionMetrics for a write to a table with a local secondary index"),
			entry("TimeToLiveScenarios#enablingTimeToLiveTwiceIsRejected", "accepts enabling TimeToLive when it is already enabled"),
			entry("TimeToLiveScenarios#timeToLiveOfMissingTableIsResourceNotFound",
					"DescribeTimeToLive of a missing table answers the error type 'ResourceNotFound'"),
			entry("QueryScenarios#selectCountWithProjectionIsRejected", "accepts Select=COUNT together with a ProjectionExpression"),
			entry("QueryScenarios#allProjectedAttributesWithoutIndexIsRejected", "accepts Select=ALL_PROJECTED_ATTRIBUTES on a table query"),
			entry("QueryScenarios#localIndexFetchesAttributesItDoesNotProject",
					"a KEYS_ONLY local index query with Select=ALL_ATTRIBUTES does not fetch unprojected attributes"),
			entry("BatchScenarios#batchWriteWithOneInvalidItemWritesNothing", "accepts an empty string set inside a BatchWriteItem put"),
			entry("TransactionScenarios#transactionWithOneInvalidItemWritesNothing", "accepts an empty string set inside a TransactWriteItems put"),
			entry("DataTypeScenarios#numberSetWithNumericallyEqualMembersIsRejected", "accepts a number set holding 1 and 1.0"),
			entry("DataTypeScenarios#numbersInsideSetsAreNormalized", "numbers in sets come back as sent (1.0, 2.50), not normalized"),
			entry("ExpressionErrorScenarios#inWithMoreThan100OperandsIsRejected", "accepts IN with 101 operands"),
			entry("ConsumedCapacityScenarios#batchGetReportsCapacityPerTable",
					"charges BatchGetItem reads per item without size or consistency (2.0 and 1.0 instead of 3.0 and 0.5)"),
			entry("ScanScenarios#totalSegmentsAboveOneMillionIsRejected", "accepts TotalSegments 1 000 001"),
			entry("UpdateItemScenarios#arithmeticBeyondTheNumberRangeIsRejected",
					"ADD of 9E+125 to 9E+125 (beyond the number range) answers HTTP 500"),
			entry("QueryScenarios#beginsWithOnNumberSortKeyIsRejected", "begins_with on a number sort key answers HTTP 500"),
			entry("LimitScenarios#concurrentAddsLoseNoIncrement", "concurrent ADDs on one item lose increments (98 of 100 in one run)"));

	private MotoDivergences() {
	}

	/** Why moto cannot pass this scenario, if it cannot. */
	static Optional<String> reason(Class<?> scenarioClass, Method scenario) {
		return Optional.ofNullable(REASONS.get(scenarioClass.getSimpleName() + "#" + scenario.getName()));
	}

	/** Every listed scenario id, for the registry's own check. */
	static Set<String> scenarioIds() {
		return REASONS.keySet();
	}

}
