/**
 * Actuator support: keeping DynamoDB secrets out of endpoint output.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
