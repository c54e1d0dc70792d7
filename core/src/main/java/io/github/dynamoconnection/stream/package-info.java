/**
 * Reading a table's DynamoDB stream without hand-written shard iteration:
 * {@link io.github.dynamoconnection.stream.TableStreamReader} polls every shard of a stream,
 * parents before children and each shard in sequence order, and hands out
 * {@link io.github.dynamoconnection.stream.ChangeRecord}s with plain Java images.
 */
package io.github.dynamoconnection.stream;
