/**
 * Ahead-of-time processing support: runtime hints.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure.aot;

import org.jspecify.annotations.NullMarked;
