/**
 * Auto-configuration of the AWS SDK's enhanced DynamoDB clients over the configured clients.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.enhanced;

import org.jspecify.annotations.NullMarked;
