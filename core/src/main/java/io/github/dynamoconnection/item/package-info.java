/**
 * Items: keys, options and results of GetItem, PutItem, DeleteItem, UpdateItem, Query and Scan, and their pages.
 */
@NullMarked
package io.github.dynamoconnection.item;

import org.jspecify.annotations.NullMarked;
