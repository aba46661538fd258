package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UntagResource: removes tag keys from a table; unknown keys are ignored, as DynamoDB does. */
final class UntagResource implements OperationHandler {
    private final ServiceContext context;

    UntagResource(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        String arn = RequestFields.string(request, "ResourceArn");
        JsonNode keyList = RequestFields.list(request, "TagKeys");
        ConstraintViolations violations = new ConstraintViolations();
        ResourceArns.collectViolations(violations, arn);
        violations.notNull(keyList, "tagKeys");
        List<String> keys = new ArrayList<>();
        if (keyList != null) {
            for (int i = 0; i < keyList.size(); i++) {
                String key = RequestFields.stringElement(keyList.get(i));
                violations.notNull(key, "tagKeys." + (i + 1) + ".member");
                violations.length(key, "tagKeys." + (i + 1) + ".member", 1, 128);
                keys.add(key);
            }
        }
        violations.throwIfAny();
        TableDefinition table = ResourceArns.table(context, arn);
        Map<String, String> tags = new LinkedHashMap<>(table.tags());
        tags.keySet().removeAll(keys);
        context.catalog().update(table.withTags(tags));
        return JsonNodeFactory.instance.objectNode();
    }
}
