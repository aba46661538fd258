package io.cairndb.replication.wire;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.proto.KeyAttribute;
import io.cairndb.proto.TableRef;
import java.util.Map;

/**
 * Converts the wire's {@link TableRef} (what storage needs of a table) into the engine's
 * {@link TableDefinition}, whose other fields storage never reads.
 */
public final class TableRefs {
    private TableRefs() {
    }

    public static TableDefinition toDefinition(TableRef ref) {
        if (ref.getTableId().isEmpty() || !ref.hasPartitionKey()) {
            throw new ValidationException("table reference needs a table id and a partition key: " + ref.getName());
        }
        KeyElement partitionKey = element(ref.getPartitionKey());
        KeySchema keySchema = ref.hasSortKey()
                ? KeySchema.hashAndRange(partitionKey, element(ref.getSortKey()))
                : KeySchema.hash(partitionKey);
        return new TableDefinition(ref.getName(), ref.getTableId(), null, keySchema, Map.of(),
                BillingMode.PAY_PER_REQUEST, null, null, TableStatus.ACTIVE, 0, false, Map.of(), null);
    }

    public static TableRef toRef(TableDefinition table) {
        KeySchema schema = table.keySchema();
        TableRef.Builder ref = TableRef.newBuilder()
                .setName(table.name())
                .setTableId(table.tableId())
                .setPartitionKey(attribute(schema.partitionKey()));
        if (schema.hasSortKey()) {
            ref.setSortKey(attribute(schema.sortKey()));
        }
        return ref.build();
    }

    private static KeyElement element(KeyAttribute attribute) {
        try {
            return new KeyElement(attribute.getName(), AttributeType.valueOf(attribute.getType()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("invalid key attribute " + attribute.getName() + ": " + e.getMessage());
        }
    }

    private static KeyAttribute attribute(KeyElement element) {
        return KeyAttribute.newBuilder().setName(element.name()).setType(element.type().name()).build();
    }
}
