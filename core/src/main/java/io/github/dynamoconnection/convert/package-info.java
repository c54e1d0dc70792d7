/**
 * Conversion between plain Java values and DynamoDB {@code AttributeValue}s, both ways:
 * {@link io.github.dynamoconnection.convert.AttributeValues} is the entry point,
 * {@link io.github.dynamoconnection.convert.ValueConversionException} names what could not be
 * converted and where inside the value it sits.
 */
@NullMarked
package io.github.dynamoconnection.convert;

import org.jspecify.annotations.NullMarked;
