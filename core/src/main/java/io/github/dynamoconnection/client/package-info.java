/**
 * Settings of the SDK client a connection builds.
 */
@NullMarked
package io.github.dynamoconnection.client;

import org.jspecify.annotations.NullMarked;
