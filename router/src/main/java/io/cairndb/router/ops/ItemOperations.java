package io.cairndb.router.ops;

import io.cairndb.router.ops.item.ItemHandlers;
import java.util.Map;

/** Registers the item-level operations (PutItem, GetItem, Query, Scan, batches, ...). */
final class ItemOperations {
    private ItemOperations() {
    }

    static void register(Map<String, OperationHandler> handlers, ServiceContext context) {
        ItemHandlers.register(handlers, context);
    }
}
