/**
 * How the sample stores things in DynamoDB beyond one table: sortable timestamps for sort keys,
 * reading why a transaction was canceled.
 */
package io.github.dynamoconnection.sample.storage;
