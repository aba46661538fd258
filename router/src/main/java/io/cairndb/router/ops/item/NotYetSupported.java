package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.router.ops.OperationHandler;

/** An item operation a later issue builds: answers with a clear error, never a silent success. */
record NotYetSupported(String operation) implements OperationHandler {
    @Override
    public ObjectNode handle(JsonNode request) {
        throw new NotImplementedYetException(operation);
    }
}
