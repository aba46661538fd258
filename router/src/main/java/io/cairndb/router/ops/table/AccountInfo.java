package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;

/** DescribeLimits and DescribeEndpoints: fixed facts about this endpoint. */
final class AccountInfo {
    /** DynamoDB's default account quota (twice the per-table quota). */
    static final long ACCOUNT_MAX_UNITS = 80_000;
    /** How long clients with endpoint discovery may cache the answer (DynamoDB's value). */
    private static final int ENDPOINT_CACHE_MINUTES = 1440;

    private AccountInfo() {
    }

    static OperationHandler describeLimits() {
        return (JsonNode request) -> JsonNodeFactory.instance.objectNode()
                .put("AccountMaxReadCapacityUnits", ACCOUNT_MAX_UNITS)
                .put("AccountMaxWriteCapacityUnits", ACCOUNT_MAX_UNITS)
                .put("TableMaxReadCapacityUnits", ThroughputInput.TABLE_MAX_UNITS)
                .put("TableMaxWriteCapacityUnits", ThroughputInput.TABLE_MAX_UNITS);
    }

    /** Answers with the regional DynamoDB host name, as DynamoDB does (the SDKs do not use discovery by default). */
    static OperationHandler describeEndpoints(ServiceContext context) {
        return (JsonNode request) -> {
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.putArray("Endpoints").addObject()
                    .put("Address", "dynamodb." + context.region() + ".amazonaws.com")
                    .put("CachePeriodInMinutes", ENDPOINT_CACHE_MINUTES);
            return response;
        };
    }
}
