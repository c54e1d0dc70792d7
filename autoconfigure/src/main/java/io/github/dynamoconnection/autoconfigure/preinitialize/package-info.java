/**
 * Background pre-initialization of the AWS SDK's DynamoDB client classes while the application starts.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.preinitialize;

import org.jspecify.annotations.NullMarked;
