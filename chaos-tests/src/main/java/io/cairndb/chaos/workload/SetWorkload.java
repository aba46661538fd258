package io.cairndb.chaos.workload;

import io.cairndb.chaos.checker.Checker;
import io.cairndb.chaos.checker.SetChecker;
import io.cairndb.chaos.history.Value;
import io.cairndb.chaos.run.Client;
import io.cairndb.clustertests.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A set: each step inserts a new element as its own item (PutItem of {@code e<n>}, so elements
 * spread over every partition and group); at the end one strongly consistent Scan reads the
 * whole set. Checked for lost and invented elements.
 */
public final class SetWorkload implements Workload {
    public static final String TABLE = "sets";
    private static final String KEY = "set";
    private static final String ELEMENT = "element";

    private final AtomicLong next = new AtomicLong();

    @Override
    public String name() {
        return "set";
    }

    @Override
    public void setUp(DynamoDbClient dynamo) {
        Tables.createKeyedById(dynamo, TABLE);
    }

    @Override
    public void step(Client client) {
        long element = next.getAndIncrement();
        client.call(SetChecker.ADD, KEY, Value.of(element), () -> {
            Map<String, AttributeValue> item = new HashMap<>(Tables.key("e" + element));
            item.put(ELEMENT, AttributeValue.fromN(Long.toString(element)));
            client.dynamo().putItem(b -> b.tableName(TABLE).item(item));
            return Value.of(element);
        });
    }

    @Override
    public void finish(Client client) {
        client.call(SetChecker.READ, KEY, Value.NONE, () -> new Value.Elements(scanAll(client.dynamo())));
    }

    private static List<Long> scanAll(DynamoDbClient dynamo) {
        List<Long> elements = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(TABLE).consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse page = dynamo.scan(request.build());
            page.items().forEach(item -> elements.add(Long.parseLong(item.get(ELEMENT).n())));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return elements;
    }

    @Override
    public List<Checker> checkers() {
        return List.of(new SetChecker());
    }
}
