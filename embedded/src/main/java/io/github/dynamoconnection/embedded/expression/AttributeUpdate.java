package io.github.dynamoconnection.embedded.expression;

import io.github.dynamoconnection.embedded.value.Value;

/** One legacy {@code AttributeUpdates} entry: action PUT (default), ADD or DELETE, and an optional value. */
public record AttributeUpdate(String action, Value value) {
}
