package io.cairndb.bench.ycsb;

import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Creates the benchmark table of a {@link TableLayout} afresh and waits until it is usable. */
public final class BenchTable {

  private static final Duration POLL = Duration.ofMillis(50);

  private final DynamoDbClient client;
  private final TableLayout layout;
  private final Duration deadline;

  public BenchTable(DynamoDbClient client, TableLayout layout, Duration deadline) {
    this.client = client;
    this.layout = layout;
    this.deadline = deadline;
  }

  /** Drops a table left over from an earlier run, so every run starts from the same state. */
  public void recreate() {
    if (exists()) {
      client.deleteTable(b -> b.tableName(layout.tableName()));
      awaitGone();
    }
    client.createTable(b -> b.tableName(layout.tableName())
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName(TableLayout.PARTITION_KEY)
                .attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName(TableLayout.SORT_KEY)
                .attributeType(ScalarAttributeType.S).build())
        .keySchema(
            KeySchemaElement.builder().attributeName(TableLayout.PARTITION_KEY).keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName(TableLayout.SORT_KEY).keyType(KeyType.RANGE).build()));
    awaitActive();
  }

  private boolean exists() {
    try {
      client.describeTable(b -> b.tableName(layout.tableName()));
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  private void awaitActive() {
    long end = System.nanoTime() + deadline.toNanos();
    while (client.describeTable(b -> b.tableName(layout.tableName())).table().tableStatus()
        != TableStatus.ACTIVE) {
      pause(end, "table " + layout.tableName() + " did not become ACTIVE");
    }
  }

  private void awaitGone() {
    long end = System.nanoTime() + deadline.toNanos();
    while (exists()) {
      pause(end, "table " + layout.tableName() + " was not deleted");
    }
  }

  private static void pause(long endNanos, String failure) {
    if (System.nanoTime() > endNanos) {
      throw new IllegalStateException(failure + " in time");
    }
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting: " + failure, e);
    }
  }
}
