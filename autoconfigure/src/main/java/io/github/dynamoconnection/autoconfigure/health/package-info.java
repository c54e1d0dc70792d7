/**
 * Health indicator for DynamoDB and its auto-configuration.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
