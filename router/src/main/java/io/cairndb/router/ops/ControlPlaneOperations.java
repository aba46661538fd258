package io.cairndb.router.ops;

import io.cairndb.router.ops.table.TableOperations;
import java.util.Map;

/** Registers the table-level operations (CreateTable, DescribeTable, ...). */
final class ControlPlaneOperations {
    private ControlPlaneOperations() {
    }

    static void register(Map<String, OperationHandler> handlers, ServiceContext context) {
        TableOperations.register(handlers, context);
    }
}
