/**
 * Options and results of PartiQL statements.
 */
@NullMarked
package io.github.dynamoconnection.statement;

import org.jspecify.annotations.NullMarked;
