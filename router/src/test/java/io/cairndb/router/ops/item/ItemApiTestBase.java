package io.cairndb.router.ops.item;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.node.storage.LocalStorage;
import io.cairndb.router.ops.OperationRegistry;
import io.cairndb.router.ops.ServiceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item operations through {@link OperationRegistry} on real RocksDB storage in a temporary
 * directory. Tables: {@code hash} (pk S) and {@code range} (pk S, sk N), created in the catalog
 * directly because the table operations are another module's concern.
 */
abstract class ItemApiTestBase {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dataDir;

    LocalStorage storage;
    OperationRegistry registry;

    @BeforeEach
    void openStorage() {
        storage = LocalStorage.open(dataDir);
        registry = OperationRegistry.create(new ServiceContext(storage.catalog(), storage.dataPlane(),
                Clock.systemUTC(), "us-east-1", "000000000000"));
        createTable("hash", KeySchema.hash(new KeyElement("pk", AttributeType.S)));
        createTable("range", KeySchema.hashAndRange(new KeyElement("pk", AttributeType.S),
                new KeyElement("sk", AttributeType.N)));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    void createTable(String name, KeySchema schema) {
        Map<String, AttributeType> definitions = new LinkedHashMap<>();
        definitions.put(schema.partitionKey().name(), schema.partitionKey().type());
        if (schema.hasSortKey()) {
            definitions.put(schema.sortKey().name(), schema.sortKey().type());
        }
        storage.catalog().create(new TableDefinition(name, UUID.randomUUID().toString(),
                "arn:aws:dynamodb:us-east-1:000000000000:table/" + name, schema, definitions,
                BillingMode.PAY_PER_REQUEST, ProvisionedThroughput.ON_DEMAND, TableClass.STANDARD,
                TableStatus.ACTIVE, System.currentTimeMillis(), false, Map.of(), null));
    }

    /** JSON written with single quotes for readability. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    JsonNode call(String operation, String request) {
        return registry.handler(operation).handle(json(request));
    }

    /** Asserts that the call fails with a DynamoDB error and returns the assertion for its message. */
    AbstractThrowableAssert<?, ? extends Throwable> failing(String operation, String request) {
        return assertThatThrownBy(() -> call(operation, request)).isInstanceOf(DynamoDbException.class);
    }

    /** The sort-key numbers of Query/Scan result items of the {@code range} table, in order. */
    static List<String> sortKeys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.at("/sk/N").textValue()));
        return keys;
    }

    void put(String table, String item) {
        call("PutItem", "{'TableName':'" + table + "','Item':" + item + "}");
    }
}
