/**
 * The one exception hierarchy every operation fails with, one family per group of operations.
 */
@NullMarked
package io.github.dynamoconnection.exceptions;

import org.jspecify.annotations.NullMarked;
