package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.TableNames;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;

/** ListTables: names in order, pages of {@code Limit} (1-100, default 100) after {@code ExclusiveStartTableName}. */
final class ListTables implements OperationHandler {
    private static final int MAX_LIMIT = 100;

    private final ServiceContext context;

    ListTables(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        String start = RequestFields.string(request, "ExclusiveStartTableName");
        Long limitParameter = RequestFields.longValue(request, "Limit");
        ConstraintViolations violations = new ConstraintViolations();
        if (start != null) {
            TableNames.addViolations(violations, start, "exclusiveStartTableName");
        }
        violations.atLeast(limitParameter, "limit", 1);
        violations.atMost(limitParameter, "limit", MAX_LIMIT);
        violations.throwIfAny();
        int limit = limitParameter == null ? MAX_LIMIT : limitParameter.intValue();

        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode names = response.putArray("TableNames");
        for (TableDefinition table : context.catalog().list()) {
            if (start != null && table.name().compareTo(start) <= 0) {
                continue;
            }
            names.add(table.name());
            if (names.size() == limit) {
                // A full page names its last table even when no more follow, as DynamoDB does;
                // the next call then returns an empty page.
                response.put("LastEvaluatedTableName", table.name());
                break;
            }
        }
        return response;
    }
}
