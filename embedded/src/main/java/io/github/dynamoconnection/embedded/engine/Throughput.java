package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;

/** Provisioned throughput of a table or GSI, with DynamoDB's bookkeeping fields. Guarded by the table lock. */
final class Throughput {

	long readCapacityUnits;

	long writeCapacityUnits;

	Instant lastIncrease;

	Instant lastDecrease;

	int decreasesToday;

	Throughput(long readCapacityUnits, long writeCapacityUnits) {
		this.readCapacityUnits = readCapacityUnits;
		this.writeCapacityUnits = writeCapacityUnits;
	}

	/** Changes the units, recording an increase or a decrease at {@code now}. */
	void update(long read, long write, Instant now) {
		if (read > readCapacityUnits || write > writeCapacityUnits) {
			lastIncrease = now;
		}
		if (read < readCapacityUnits || write < writeCapacityUnits) {
			lastDecrease = now;
			decreasesToday++;
		}
		readCapacityUnits = read;
		writeCapacityUnits = write;
	}

}
