/**
 * Listeners that see every call: what was called, how it ended, how long it took.
 */
@NullMarked
package io.github.dynamoconnection.listener;

import org.jspecify.annotations.NullMarked;
