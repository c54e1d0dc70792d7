/**
 * Table names with the prefix, key schemas, their cache, and typed key values.
 * <p><b>Internal:</b> not API. Public only so the connections can reach it across packages; it
 * carries no compatibility promise and may change in any release (as the AWS SDK marks such code
 * with {@code @SdkInternalApi}).
 */
package io.github.dynamoconnection.internal.schema;
