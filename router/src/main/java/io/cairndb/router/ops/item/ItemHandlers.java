package io.cairndb.router.ops.item;

import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;
import java.util.List;
import java.util.Map;

/** Registers the item-level operations: single-item reads and writes, Query, Scan and batches. */
public final class ItemHandlers {
    /** Operations that later issues build (transactions, PartiQL). */
    static final List<String> NOT_YET_SUPPORTED = List.of("TransactWriteItems", "TransactGetItems",
            "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction");

    private ItemHandlers() {
    }

    public static void register(Map<String, OperationHandler> handlers, ServiceContext context) {
        TableResolver tables = new TableResolver(context.catalog());
        WriteExecutor writes = new WriteExecutor(context.dataPlane());
        handlers.put("PutItem", new PutItemHandler(tables, writes));
        handlers.put("UpdateItem", new UpdateItemHandler(tables, writes));
        handlers.put("DeleteItem", new DeleteItemHandler(tables, writes));
        handlers.put("GetItem", new GetItemHandler(tables, context.dataPlane()));
        handlers.put("Query", new QueryHandler(tables, context.dataPlane()));
        handlers.put("Scan", new ScanHandler(tables, context.dataPlane()));
        handlers.put("BatchGetItem", new BatchGetItemHandler(tables, context.dataPlane()));
        handlers.put("BatchWriteItem", new BatchWriteItemHandler(tables, writes));
        for (String operation : NOT_YET_SUPPORTED) {
            handlers.put(operation, new NotYetSupported(operation));
        }
    }
}
