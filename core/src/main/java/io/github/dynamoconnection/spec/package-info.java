/**
 * The base every public spec and options class builds on: copying to a builder.
 */
@NullMarked
package io.github.dynamoconnection.spec;

import org.jspecify.annotations.NullMarked;
