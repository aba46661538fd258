package io.cairndb.clustertests;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Tables and items as the cluster tests use them: a string hash key {@code id}. */
public final class Tables {
    public static final String KEY = "id";

    private Tables() {
    }

    /** Creates an on-demand table keyed by {@code id} (S) and waits until it is ACTIVE. */
    public static void createKeyedById(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(AttributeDefinition.builder().attributeName(KEY)
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName(KEY).keyType(KeyType.HASH).build()));
        Deadline.awaitTrue(table + " ACTIVE", Duration.ofSeconds(30), () ->
                client.describeTable(b -> b.tableName(table)).table().tableStatus() == TableStatus.ACTIVE);
    }

    public static Map<String, AttributeValue> key(String id) {
        return Map.of(KEY, AttributeValue.fromS(id));
    }

    /** The item read with ConsistentRead=true, or empty. */
    public static Optional<Map<String, AttributeValue>> strongGet(DynamoDbClient client, String table, String id) {
        var response = client.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** The item read with ConsistentRead=false, or empty. */
    public static Optional<Map<String, AttributeValue>> eventualGet(DynamoDbClient client, String table, String id) {
        var response = client.getItem(b -> b.tableName(table).key(key(id)).consistentRead(false));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }
}
