package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** TagResource: adds tags to a table, replacing the values of existing keys. */
final class TagResource implements OperationHandler {
    private final ServiceContext context;

    TagResource(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        String arn = RequestFields.string(request, "ResourceArn");
        ConstraintViolations violations = new ConstraintViolations();
        ResourceArns.collectViolations(violations, arn);
        violations.notNull(RequestFields.list(request, "Tags"), "tags");
        Map<String, String> added = TagInput.read(request, violations);
        violations.throwIfAny();
        TableDefinition table = ResourceArns.table(context, arn);
        Map<String, String> tags = new LinkedHashMap<>(table.tags());
        tags.putAll(added);
        TagInput.checkRules(tags);
        context.catalog().update(table.withTags(tags));
        return JsonNodeFactory.instance.objectNode();
    }
}
