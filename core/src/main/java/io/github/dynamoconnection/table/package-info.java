/**
 * Specs of table creation and updates, index specs, table defaults, pages of table names.
 */
@NullMarked
package io.github.dynamoconnection.table;

import org.jspecify.annotations.NullMarked;
