package io.cairndb.chaos.workload;

import io.cairndb.chaos.checker.Checker;
import io.cairndb.chaos.checker.CounterChecker;
import io.cairndb.chaos.history.Value;
import io.cairndb.chaos.run.Client;
import io.cairndb.clustertests.Tables;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * A counter: one item whose attribute {@code n} clients increment with UpdateItem ADD (deltas
 * 1..5) and read strongly; a final strong read after the faults healed. Checked: every read
 * lies between the acknowledged and the attempted increments.
 */
public final class CounterWorkload implements Workload {
    public static final String TABLE = "counters";
    private static final String KEY = "c0";
    private static final String N = "n";

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public void setUp(DynamoDbClient dynamo) {
        Tables.createKeyedById(dynamo, TABLE);
    }

    @Override
    public void step(Client client) {
        if (client.random().nextInt(4) == 0) {
            read(client);
            return;
        }
        long delta = 1 + client.random().nextInt(5);
        client.call(CounterChecker.ADD, KEY, Value.of(delta), () -> {
            client.dynamo().updateItem(b -> b.tableName(TABLE).key(Tables.key(KEY)).updateExpression("ADD #n :d")
                    .expressionAttributeNames(Map.of("#n", N))
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromN(Long.toString(delta)))));
            return Value.of(delta);
        });
    }

    private static void read(Client client) {
        client.call(CounterChecker.READ, KEY, Value.NONE, () -> {
            GetItemResponse response = client.dynamo().getItem(b -> b.tableName(TABLE).key(Tables.key(KEY))
                    .consistentRead(true));
            return response.hasItem() && response.item().containsKey(N)
                    ? Value.of(Long.parseLong(response.item().get(N).n())) : Value.of(0);
        });
    }

    @Override
    public void finish(Client client) {
        read(client);
    }

    @Override
    public List<Checker> checkers() {
        return List.of(new CounterChecker());
    }
}
