package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;

/**
 * DeleteTable: removes the table from the catalog first (so no new request reaches it), then
 * drops its items. Answers with the description in status DELETING, as DynamoDB does.
 */
final class DeleteTable implements OperationHandler {
    private final ServiceContext context;

    DeleteTable(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        String tableName = RequestFields.string(request, "TableName");
        TableDefinition table = Tables.existing(context, tableName);
        if (table.deletionProtectionEnabled()) {
            throw new ValidationException("Resource cannot be deleted as it is currently protected against deletion. "
                    + "Disable deletion protection first.");
        }
        TableStats stats = context.dataPlane().stats(table);
        if (!context.catalog().delete(table.name())) {
            throw ResourceNotFoundException.table(tableName); // deleted concurrently
        }
        context.dataPlane().dropTable(table);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("TableDescription", TableDescriptions.describe(table.withStatus(TableStatus.DELETING), stats));
        return response;
    }
}
