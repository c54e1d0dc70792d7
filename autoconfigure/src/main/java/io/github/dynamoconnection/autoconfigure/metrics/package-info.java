/**
 * Micrometer metrics and observations for the SDK client and the Connection.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
