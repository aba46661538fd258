package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.TableNames;
import io.cairndb.router.json.RequestFields;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What BatchGetItem and BatchWriteItem share: the RequestItems map and duplicate-key detection. */
final class BatchRequests {
    private BatchRequests() {
    }

    /** RequestItems: present, non-empty, every table name valid. */
    static JsonNode requestItems(JsonNode request, ConstraintViolations violations) {
        JsonNode requestItems = RequestFields.map(request, "RequestItems");
        violations.notNull(requestItems, "requestItems");
        if (requestItems != null && requestItems.isEmpty()) {
            violations.add("{}", "requestItems", "Member must have length greater than or equal to 1");
        }
        if (requestItems != null) {
            for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
                TableNames.addViolations(violations, e.getKey(), "requestItems." + e.getKey() + ".member.tableName");
            }
        }
        return requestItems;
    }

    /** Tracks the keys of one table's requests and rejects the second request on the same key. */
    static final class DistinctKeys {
        private final Set<Item> seen = new HashSet<>();

        void add(Item key) {
            if (!seen.add(key)) {
                throw new ValidationException("Provided list of item keys contains duplicates");
            }
        }
    }
}
