package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;
import java.util.Map;

/**
 * ListTagsOfResource. A table has at most 50 tags, so one page holds them all and no
 * {@code NextToken} is ever returned.
 */
final class ListTagsOfResource implements OperationHandler {
    private final ServiceContext context;

    ListTagsOfResource(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        String arn = RequestFields.string(request, "ResourceArn");
        RequestFields.string(request, "NextToken");
        ConstraintViolations violations = new ConstraintViolations();
        ResourceArns.collectViolations(violations, arn);
        violations.throwIfAny();
        TableDefinition table = ResourceArns.table(context, arn);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode tags = response.putArray("Tags");
        for (Map.Entry<String, String> tag : table.tags().entrySet()) {
            tags.addObject().put("Key", tag.getKey()).put("Value", tag.getValue());
        }
        return response;
    }
}
