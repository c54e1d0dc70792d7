package io.github.dynamoconnection.embedded.partiql;

import tools.jackson.databind.node.ObjectNode;

/** One engine operation planned for a PartiQL statement, e.g. {@code Query} with its request body. */
record EngineCall(String operation, ObjectNode request) {
}
