package io.cairndb.node.storage;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * A separate JVM for the kill -9 test: opens storage in {@code args[0]} and writes items
 * {@code s, s+1, s+2, ...}, each followed by a counter update, printing {@code ACK i} once both
 * writes returned. It starts ({@code START s}) after the last item a previous run recorded in
 * the counter, so the items of every run stay as that run wrote them. It stops by itself after {@link #MAX_ITEMS} items or when its stdin closes
 * (the test process died), so it never outlives the test.
 */
public final class CrashWriter {
    static final int MAX_ITEMS = 200_000;
    static final String TABLE_ID = "crash-table-id";

    private CrashWriter() {
    }

    static TableDefinition table() {
        TableDefinition t = TestTables.hashOnly("crash");
        return new TableDefinition(t.name(), TABLE_ID, t.arn(), t.keySchema(), t.attributeDefinitions(), t.billingMode(),
                t.provisionedThroughput(), t.tableClass(), t.status(), t.creationMillis(), false, Map.of(),
                t.lastUpdateToPayPerRequestMillis());
    }

    static Item item(int i) {
        return TestTables.idItem("item-" + i, "n", AttributeValue.n(i),
                "payload", AttributeValue.s(("payload of " + i + " ").repeat(1 + i % 20)));
    }

    static Item counter(int i) {
        return TestTables.idItem("counter", "last", AttributeValue.n(i));
    }

    public static void main(String[] args) {
        exitWhenParentGoes(System.in);
        TableDefinition table = table();
        try (LocalStorage storage = LocalStorage.open(Path.of(args[0]))) {
            if (storage.catalog().get(table.name()) == null) {
                storage.catalog().create(table);
            }
            Item counter = storage.dataPlane().get(table, TestTables.idItem("counter"), true);
            int start = counter == null ? 0 : ((AttributeValue.Num) counter.get("last")).value().intValueExact() + 1;
            System.out.println("START " + start);
            System.out.flush();
            for (int i = start; i < start + MAX_ITEMS; i++) {
                storage.dataPlane().write(table, TestTables.put(table, item(i)));
                storage.dataPlane().write(table, TestTables.put(table, counter(i)));
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }

    private static void exitWhenParentGoes(InputStream parent) {
        Thread watchdog = new Thread(() -> {
            try {
                while (parent.read() >= 0) {
                    // the test writes nothing; EOF means it is gone
                }
            } catch (IOException ignored) {
                // treat as gone
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
