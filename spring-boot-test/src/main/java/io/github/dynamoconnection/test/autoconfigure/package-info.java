/**
 * Test support: an isolated embedded engine for Spring tests.
 */
@NullMarked
package io.github.dynamoconnection.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
