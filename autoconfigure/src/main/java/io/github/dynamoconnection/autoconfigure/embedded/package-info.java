/**
 * Auto-configuration of the embedded DynamoDB engine as the default endpoint.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.embedded;

import org.jspecify.annotations.NullMarked;
