package io.github.dynamoconnection.table;

import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One key attribute of a secondary index: its name and scalar type.
 * @param name the attribute name
 * @param type its type (S, N or B)
 */
public record IndexKeyAttribute(String name, ScalarAttributeType type) {
}
