package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;

/**
 * DescribeTimeToLive: TTL cannot be enabled yet (UpdateTimeToLive is rejected), so every existing
 * table truthfully reports DISABLED.
 */
final class DescribeTimeToLive implements OperationHandler {
    private final ServiceContext context;

    DescribeTimeToLive(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        Tables.existing(context, RequestFields.string(request, "TableName"));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.putObject("TimeToLiveDescription").put("TimeToLiveStatus", "DISABLED");
        return response;
    }
}
