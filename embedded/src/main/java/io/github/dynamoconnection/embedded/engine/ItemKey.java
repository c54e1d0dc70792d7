package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.value.Value;

/** A table item's primary key: partition key value and sort key value ({@code null} without a sort key). */
record ItemKey(Value hash, Value range) {
}
