package io.cairndb.router.cluster;

import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.proto.KeyAttribute;
import io.cairndb.proto.TableRef;

/** The part of a table definition a replica needs to apply and read: {@link TableRef}. */
final class TableRefs {
    private TableRefs() {
    }

    static TableRef of(TableDefinition table) {
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

    private static KeyAttribute attribute(KeyElement element) {
        return KeyAttribute.newBuilder().setName(element.name()).setType(element.type().name()).build();
    }
}
