package io.cairndb.compat.api;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A table created for one scenario under a unique name and deleted afterwards. */
record TestTable(DynamoDbClient client, String name) implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    static String uniqueName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    /** Hash key "pk" of the given type. */
    static TestTable hash(DynamoDbClient client, ScalarAttributeType pkType) {
        return create(client, pkType, null);
    }

    /** Hash key "pk" and range key "sk". */
    static TestTable hashRange(DynamoDbClient client, ScalarAttributeType pkType, ScalarAttributeType skType) {
        return create(client, pkType, skType);
    }

    private static TestTable create(DynamoDbClient client, ScalarAttributeType pkType, ScalarAttributeType skType) {
        String name = uniqueName("compat");
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (skType == null) {
            request.attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(pkType).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build());
        } else {
            request.attributeDefinitions(
                            AttributeDefinition.builder().attributeName("pk").attributeType(pkType).build(),
                            AttributeDefinition.builder().attributeName("sk").attributeType(skType).build())
                    .keySchema(
                            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build());
        }
        client.createTable(request.build());
        return new TestTable(client, name);
    }

    @Override
    public void close() {
        try {
            client.deleteTable(r -> r.tableName(name));
        } catch (ResourceNotFoundException alreadyGone) {
            // the scenario deleted it itself
        }
    }
}
