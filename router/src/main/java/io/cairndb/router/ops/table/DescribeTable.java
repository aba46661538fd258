package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;

/** DescribeTable: the table's definition plus item count and size from the data plane. */
final class DescribeTable implements OperationHandler {
    private final ServiceContext context;

    DescribeTable(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        TableDefinition table = Tables.existing(context, RequestFields.string(request, "TableName"));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("Table", TableDescriptions.describe(table, context.dataPlane().stats(table)));
        return response;
    }
}
