/**
 * Test support: an isolated embedded engine for Spring tests.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.test;

import org.jspecify.annotations.NullMarked;
