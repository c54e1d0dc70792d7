/**
 * Specs and results of TransactWriteItems and TransactGetItems.
 */
@NullMarked
package io.github.dynamoconnection.transaction;

import org.jspecify.annotations.NullMarked;
