/**
 * One description per operation, with no I/O: how to build the SDK request, map the response, which failures mean a stale key schema.
 * <p><b>Internal:</b> not API. Public only so the connections can reach it across packages; it
 * carries no compatibility promise and may change in any release (as the AWS SDK marks such code
 * with {@code @SdkInternalApi}).
 */
package io.github.dynamoconnection.internal.operation;
