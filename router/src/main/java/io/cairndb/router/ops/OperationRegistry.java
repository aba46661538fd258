package io.cairndb.router.ops;

import io.cairndb.engine.error.UnknownOperationException;
import java.util.HashMap;
import java.util.Map;

/** Operation name (the part of {@code X-Amz-Target} after the dot) to handler. */
public final class OperationRegistry {
    private final Map<String, OperationHandler> handlers;

    private OperationRegistry(Map<String, OperationHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static OperationRegistry create(ServiceContext context) {
        Map<String, OperationHandler> handlers = new HashMap<>();
        ControlPlaneOperations.register(handlers, context);
        ItemOperations.register(handlers, context);
        return new OperationRegistry(handlers);
    }

    public OperationHandler handler(String operation) {
        OperationHandler handler = handlers.get(operation);
        if (handler == null) {
            throw new UnknownOperationException("An unknown operation was requested.");
        }
        return handler;
    }
}
