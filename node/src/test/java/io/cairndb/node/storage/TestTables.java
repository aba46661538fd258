package io.cairndb.node.storage;

import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.engine.write.WriteSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Table definitions and items for storage tests. */
final class TestTables {
    private TestTables() {
    }

    static TableDefinition hashRange(String name, AttributeType sortKeyType) {
        KeySchema schema = KeySchema.hashAndRange(new KeyElement("pk", AttributeType.S), new KeyElement("sk", sortKeyType));
        return table(name, schema, Map.of("pk", AttributeType.S, "sk", sortKeyType));
    }

    static TableDefinition hashOnly(String name) {
        return table(name, KeySchema.hash(new KeyElement("id", AttributeType.S)), Map.of("id", AttributeType.S));
    }

    private static TableDefinition table(String name, KeySchema schema, Map<String, AttributeType> attributes) {
        return new TableDefinition(name, UUID.randomUUID().toString(),
                "arn:aws:dynamodb:us-east-1:000000000000:table/" + name, schema, attributes,
                BillingMode.PAY_PER_REQUEST, ProvisionedThroughput.ON_DEMAND, TableClass.STANDARD,
                TableStatus.ACTIVE, 1_700_000_000_000L, false, Map.of("team", "storage"), 1_700_000_000_000L);
    }

    /** An item {pk, sk, ...extra}. */
    static Item item(String pk, AttributeValue sk, Object... extra) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("pk", AttributeValue.s(pk));
        attributes.put("sk", sk);
        for (int i = 0; i < extra.length; i += 2) {
            attributes.put((String) extra[i], (AttributeValue) extra[i + 1]);
        }
        return Item.of(attributes);
    }

    static Item idItem(String id, Object... extra) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("id", AttributeValue.s(id));
        for (int i = 0; i < extra.length; i += 2) {
            attributes.put((String) extra[i], (AttributeValue) extra[i + 1]);
        }
        return Item.of(attributes);
    }

    static WriteSpec put(TableDefinition table, Item item) {
        return WriteSpec.put(table.keySchema().keyOf(item), item);
    }
}
