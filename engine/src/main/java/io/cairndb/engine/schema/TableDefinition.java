package io.cairndb.engine.schema;

import io.cairndb.engine.model.AttributeType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the cluster knows about a table: what CreateTable/UpdateTable set and what
 * DescribeTable reports. Immutable; changes make a new definition.
 *
 * <p>Kept to plain, serialisable types (records, enums, lists, maps; {@code null} for absent)
 * so that catalogs can persist it with a generic codec.
 *
 * @param tableId           unique for the table's lifetime; a re-created table gets a new one
 * @param attributeDefinitions the AttributeDefinitions, name to type, in request order
 * @param creationMillis    epoch milliseconds
 * @param tags              tag key to value
 * @param lastUpdateToPayPerRequestMillis epoch milliseconds when the billing mode last became
 *                          PAY_PER_REQUEST (at creation or by UpdateTable); null if it never was.
 *                          Catalogs written before this field existed read it as null.
 */
public record TableDefinition(
        String name,
        String tableId,
        String arn,
        KeySchema keySchema,
        Map<String, AttributeType> attributeDefinitions,
        BillingMode billingMode,
        ProvisionedThroughput provisionedThroughput,
        TableClass tableClass,
        TableStatus status,
        long creationMillis,
        boolean deletionProtectionEnabled,
        Map<String, String> tags,
        Long lastUpdateToPayPerRequestMillis) {

    public TableDefinition {
        attributeDefinitions = Collections.unmodifiableMap(new LinkedHashMap<>(attributeDefinitions));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public TableDefinition withStatus(TableStatus newStatus) {
        return new TableDefinition(name, tableId, arn, keySchema, attributeDefinitions, billingMode,
                provisionedThroughput, tableClass, newStatus, creationMillis, deletionProtectionEnabled, tags,
                lastUpdateToPayPerRequestMillis);
    }

    public TableDefinition withTags(Map<String, String> newTags) {
        return new TableDefinition(name, tableId, arn, keySchema, attributeDefinitions, billingMode,
                provisionedThroughput, tableClass, status, creationMillis, deletionProtectionEnabled, newTags,
                lastUpdateToPayPerRequestMillis);
    }
}
