package io.cairndb.chaos.workload;

import io.cairndb.chaos.checker.Checker;
import io.cairndb.chaos.checker.EventualReadChecker;
import io.cairndb.chaos.checker.LinearizabilityChecker;
import io.cairndb.chaos.history.Value;
import io.cairndb.chaos.run.Client;
import io.cairndb.clustertests.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Registers: items {@code r0..r(keys-1)} of table {@value #TABLE} with a number attribute
 * {@code val}. Each step picks a key and one of: a strongly consistent read (GetItem
 * ConsistentRead=true), a write (PutItem), a compare-and-set (UpdateItem SET with
 * ConditionExpression {@code val = :expected}), or an eventually consistent read. Checked for
 * linearizability per key, and for eventual reads that return only written values.
 */
public final class RegisterWorkload implements Workload {
    public static final String TABLE = "registers";
    private static final String VAL = "val";
    private static final int VALUES = 5;

    private final int keys;

    public RegisterWorkload(int keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "register";
    }

    @Override
    public void setUp(DynamoDbClient dynamo) {
        Tables.createKeyedById(dynamo, TABLE);
    }

    @Override
    public void step(Client client) {
        String key = "r" + client.random().nextInt(keys);
        int choice = client.random().nextInt(10);
        if (choice < 3) {
            client.call("read", key, Value.NONE, () -> read(client, key, true));
        } else if (choice < 5) {
            client.call("eventual-read", key, Value.NONE, () -> read(client, key, false));
        } else if (choice < 7) {
            long value = client.random().nextInt(VALUES);
            client.call("write", key, Value.of(value), () -> {
                client.dynamo().putItem(b -> b.tableName(TABLE).item(item(key, value)));
                return Value.of(value);
            });
        } else {
            long expected = client.random().nextInt(VALUES);
            long updated = client.random().nextInt(VALUES);
            Value.Cas cas = new Value.Cas(expected, updated);
            client.call("cas", key, cas, () -> {
                client.dynamo().updateItem(b -> b.tableName(TABLE).key(Tables.key(key))
                        .updateExpression("SET #v = :updated").conditionExpression("#v = :expected")
                        .expressionAttributeNames(Map.of("#v", VAL))
                        .expressionAttributeValues(Map.of(":updated", number(updated), ":expected", number(expected))));
                return cas;
            });
        }
    }

    private static Value read(Client client, String key, boolean consistent) {
        GetItemResponse response = client.dynamo().getItem(b -> b.tableName(TABLE).key(Tables.key(key))
                .consistentRead(consistent));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Value.NONE;
        }
        return Value.of(Long.parseLong(response.item().get(VAL).n()));
    }

    @Override
    public void finish(Client client) {
        // Registers need no final reads: every read during the run is checked.
    }

    @Override
    public List<Checker> checkers() {
        return List.of(new LinearizabilityChecker(), new EventualReadChecker());
    }

    private static Map<String, AttributeValue> item(String key, long value) {
        Map<String, AttributeValue> item = new HashMap<>(Tables.key(key));
        item.put(VAL, number(value));
        return item;
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
