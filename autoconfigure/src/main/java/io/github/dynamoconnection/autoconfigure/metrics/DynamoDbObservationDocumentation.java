package io.github.dynamoconnection.autoconfigure.metrics;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations dynamo-connection makes, their names and key values. Low-cardinality keys
 * follow OpenTelemetry's semantic conventions for DynamoDB and become meter tags; high-cardinality
 * keys are span attributes only.
 */
public enum DynamoDbObservationDocumentation implements ObservationDocumentation {

	/**
	 * One call of a {@code Connection} or {@code AsyncConnection}: batch rounds and retries
	 * included, so one timer sample per call.
	 */
	CONNECTION_CALL(DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME),

	/**
	 * One SDK API call made on the DynamoDB client directly ({@code connection.client()} or the
	 * client bean), not through a {@code Connection}.
	 */
	CLIENT_CALL(DefaultDynamoDbObservationConvention.CLIENT_CALL_NAME);

	private final String name;

	DynamoDbObservationDocumentation(String name) {
		this.name = name;
	}

	@Override
	public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
		return DefaultDynamoDbObservationConvention.class;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public KeyName[] getLowCardinalityKeyNames() {
		return LowCardinalityKeyNames.values();
	}

	@Override
	public KeyName[] getHighCardinalityKeyNames() {
		return HighCardinalityKeyNames.values();
	}

	/**
	 * Keys with few values: meter tags and span attributes.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/** Always {@code aws.dynamodb}. */
		DB_SYSTEM_NAME {
			@Override
			public String asString() {
				return "db.system.name";
			}
		},

		/** The DynamoDB operation, e.g. {@code GetItem}. */
		DB_OPERATION_NAME {
			@Override
			public String asString() {
				return "db.operation.name";
			}
		},

		/** Physical table names, comma-separated and sorted; {@code none} for table-less calls. */
		TABLE_NAMES {
			@Override
			public String asString() {
				return "aws.dynamodb.table_names";
			}
		},

		/** AWS error code or exception name; {@code none} on success. */
		ERROR_TYPE {
			@Override
			public String asString() {
				return "error.type";
			}
		},

		/** Name of the connection ({@code default} for the top-level one). */
		CONNECTION_NAME {
			@Override
			public String asString() {
				return "dynamodb.connection.name";
			}
		}

	}

	/**
	 * Keys with many values: span attributes only.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/** Capacity units consumed, summed over tables and indexes (when the call asked for them). */
		CONSUMED_CAPACITY {
			@Override
			public String asString() {
				return "aws.dynamodb.consumed_capacity";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		},

		/** Items returned by a Query or Scan page. */
		COUNT {
			@Override
			public String asString() {
				return "aws.dynamodb.count";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		},

		/** Items evaluated by a Query or Scan page. */
		SCANNED_COUNT {
			@Override
			public String asString() {
				return "aws.dynamodb.scanned_count";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		},

		/** Batch entries still unprocessed when the call ended. */
		UNPROCESSED_ENTRIES {
			@Override
			public String asString() {
				return "aws.dynamodb.unprocessed_entries";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		}

	}

}
