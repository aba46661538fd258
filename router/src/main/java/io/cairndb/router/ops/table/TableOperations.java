package io.cairndb.router.ops.table;

import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Registers the table-level (control-plane) operations and rejects those later issues build. */
public final class TableOperations {
    /** Control-plane operations that later issues build; each answers with a clear error. */
    static final List<String> NOT_YET_SUPPORTED = List.of(
            "UpdateTimeToLive",
            "CreateBackup", "DeleteBackup", "DescribeBackup", "ListBackups", "RestoreTableFromBackup",
            "RestoreTableToPointInTime", "DescribeContinuousBackups", "UpdateContinuousBackups",
            "CreateGlobalTable", "UpdateGlobalTable", "DescribeGlobalTable", "ListGlobalTables",
            "UpdateGlobalTableSettings", "DescribeGlobalTableSettings",
            "UpdateTableReplicaAutoScaling", "DescribeTableReplicaAutoScaling",
            "ExportTableToPointInTime", "DescribeExport", "ListExports", "ImportTable", "DescribeImport",
            "ListImports",
            "EnableKinesisStreamingDestination", "DisableKinesisStreamingDestination",
            "DescribeKinesisStreamingDestination", "UpdateKinesisStreamingDestination",
            "DescribeContributorInsights", "UpdateContributorInsights", "ListContributorInsights",
            "PutResourcePolicy", "GetResourcePolicy", "DeleteResourcePolicy");

    private TableOperations() {
    }

    public static void register(Map<String, OperationHandler> handlers, ServiceContext context) {
        // Read-modify-write of table definitions runs one at a time: control-plane calls are rare
        // and this keeps concurrent UpdateTable/TagResource calls from losing each other's changes.
        ReentrantLock catalogLock = new ReentrantLock();
        handlers.put("CreateTable", serialized(catalogLock, new CreateTable(context)));
        handlers.put("UpdateTable", serialized(catalogLock, new UpdateTable(context)));
        handlers.put("DeleteTable", serialized(catalogLock, new DeleteTable(context)));
        handlers.put("TagResource", serialized(catalogLock, new TagResource(context)));
        handlers.put("UntagResource", serialized(catalogLock, new UntagResource(context)));
        handlers.put("DescribeTable", new DescribeTable(context));
        handlers.put("ListTables", new ListTables(context));
        handlers.put("ListTagsOfResource", new ListTagsOfResource(context));
        handlers.put("DescribeTimeToLive", new DescribeTimeToLive(context));
        handlers.put("DescribeLimits", AccountInfo.describeLimits());
        handlers.put("DescribeEndpoints", AccountInfo.describeEndpoints(context));
        for (String operation : NOT_YET_SUPPORTED) {
            handlers.put(operation, request -> {
                throw new NotImplementedYetException(operation);
            });
        }
    }

    private static OperationHandler serialized(ReentrantLock lock, OperationHandler handler) {
        return request -> {
            lock.lock();
            try {
                return handler.handle(request);
            } finally {
                lock.unlock();
            }
        };
    }
}
