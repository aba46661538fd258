package io.cairndb.bench.ycsb;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.Vector;
import site.ycsb.ByteIterator;
import site.ycsb.DB;
import site.ycsb.DBException;
import site.ycsb.Status;
import site.ycsb.StringByteIterator;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A YCSB binding for the DynamoDB API on the AWS SDK for Java v2, usable against any endpoint
 * (CairnDB, DynamoDB Local, AWS).
 *
 * <p>read = GetItem, update = UpdateItem with one {@code SET} per changed field, insert = PutItem,
 * delete = DeleteItem, scan = Query of a sort-key range inside one partition key (see
 * {@link TableLayout}). Field values are strings (YCSB's values are printable ASCII), so each
 * item is about fieldcount x fieldlength bytes: 1 KB with YCSB's defaults.
 *
 * <p>Failures are not retried and not thrown: they come back as a non-OK {@link Status} whose
 * description names the DynamoDB error, so the benchmark counts them.
 *
 * <p>Two ways to construct it: {@code cairn bench} passes its one shared client; YCSB's own
 * {@code site.ycsb.Client} uses the no-argument constructor and the properties
 * {@value #ENDPOINT_PROPERTY}, {@code threadcount}, {@code table} and
 * {@value TableLayout#GROUPS_PROPERTY}.
 */
public class DynamoDbYcsbClient extends DB {

  public static final String ENDPOINT_PROPERTY = "dynamodb.endpoint";
  public static final String CONSISTENT_READ_PROPERTY = "dynamodb.consistentReads";

  private static final String QUERY_CONDITION = "#pk = :pk AND #sk >= :sk";
  private static final Map<String, String> QUERY_NAMES =
      Map.of("#pk", TableLayout.PARTITION_KEY, "#sk", TableLayout.SORT_KEY);

  private DynamoDbClient client;
  private TableLayout layout;
  private boolean consistentReads;
  private URI sharedEndpoint;

  /** For YCSB's own client: the SDK client is built in {@link #init()} from the properties. */
  public DynamoDbYcsbClient() {
  }

  public DynamoDbYcsbClient(DynamoDbClient client, TableLayout layout, boolean consistentReads) {
    this.client = client;
    this.layout = layout;
    this.consistentReads = consistentReads;
  }

  @Override
  public void init() throws DBException {
    if (client != null) {
      return;
    }
    Properties props = getProperties();
    String endpoint = props.getProperty(ENDPOINT_PROPERTY);
    if (endpoint == null) {
      throw new DBException("property " + ENDPOINT_PROPERTY + " (the DynamoDB endpoint URL) is required");
    }
    sharedEndpoint = URI.create(endpoint);
    client = SharedClientRegistry.acquire(sharedEndpoint,
        Integer.parseInt(props.getProperty("threadcount", "1")));
    layout = TableLayout.fromProperties(props);
    consistentReads = Boolean.parseBoolean(props.getProperty(CONSISTENT_READ_PROPERTY, "false"));
  }

  @Override
  public void cleanup() {
    if (sharedEndpoint != null) {
      SharedClientRegistry.release(sharedEndpoint);
      sharedEndpoint = null;
      client = null;
    }
  }

  @Override
  public Status read(String table, String key, Set<String> fields, Map<String, ByteIterator> result) {
    try {
      GetItemResponse response = client.getItem(b -> {
        b.tableName(table).key(layout.keyOf(key)).consistentRead(consistentReads);
        if (fields != null && !fields.isEmpty()) {
          FieldExpressions.Projection projection = FieldExpressions.projection(fields);
          b.projectionExpression(projection.expression()).expressionAttributeNames(projection.names());
        }
      });
      if (!response.hasItem() || response.item().isEmpty()) {
        return Status.NOT_FOUND;
      }
      copyFields(response.item(), result);
      return Status.OK;
    } catch (SdkException e) {
      return failure(e);
    }
  }

  @Override
  public Status scan(String table, String startKey, int recordCount, Set<String> fields,
                     Vector<HashMap<String, ByteIterator>> result) {
    try {
      Map<String, String> names = new HashMap<>(QUERY_NAMES);
      FieldExpressions.Projection projection =
          fields == null || fields.isEmpty() ? null : FieldExpressions.projection(fields);
      if (projection != null) {
        names.putAll(projection.names());
      }
      QueryResponse response = client.query(b -> {
        b.tableName(table)
            .keyConditionExpression(QUERY_CONDITION)
            .expressionAttributeNames(names)
            .expressionAttributeValues(Map.of(
                ":pk", AttributeValue.fromS(layout.groupOf(startKey)),
                ":sk", AttributeValue.fromS(startKey)))
            .limit(recordCount)
            .consistentRead(consistentReads);
        if (projection != null) {
          b.projectionExpression(projection.expression());
        }
      });
      for (Map<String, AttributeValue> item : response.items()) {
        HashMap<String, ByteIterator> row = new HashMap<>();
        copyFields(item, row);
        result.add(row);
      }
      return Status.OK;
    } catch (SdkException e) {
      return failure(e);
    }
  }

  @Override
  public Status update(String table, String key, Map<String, ByteIterator> values) {
    try {
      FieldExpressions.Assignment set = FieldExpressions.assignment(values);
      client.updateItem(b -> b.tableName(table)
          .key(layout.keyOf(key))
          .updateExpression(set.expression())
          .expressionAttributeNames(set.names())
          .expressionAttributeValues(set.values()));
      return Status.OK;
    } catch (SdkException e) {
      return failure(e);
    }
  }

  @Override
  public Status insert(String table, String key, Map<String, ByteIterator> values) {
    try {
      Map<String, AttributeValue> item = new HashMap<>(values.size() * 2 + 4);
      item.putAll(layout.keyOf(key));
      for (Map.Entry<String, ByteIterator> field : values.entrySet()) {
        item.put(field.getKey(), AttributeValue.fromS(field.getValue().toString()));
      }
      client.putItem(b -> b.tableName(table).item(item));
      return Status.OK;
    } catch (SdkException e) {
      return failure(e);
    }
  }

  @Override
  public Status delete(String table, String key) {
    try {
      client.deleteItem(b -> b.tableName(table).key(layout.keyOf(key)));
      return Status.OK;
    } catch (SdkException e) {
      return failure(e);
    }
  }

  private static void copyFields(Map<String, AttributeValue> item, Map<String, ByteIterator> into) {
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      String name = attribute.getKey();
      if (!name.equals(TableLayout.PARTITION_KEY) && !name.equals(TableLayout.SORT_KEY)) {
        into.put(name, new StringByteIterator(attribute.getValue().s()));
      }
    }
  }

  /** The error's DynamoDB code (or client-side exception) travels in the status description. */
  private static Status failure(SdkException e) {
    String description = e instanceof AwsServiceException service && service.awsErrorDetails() != null
        ? service.awsErrorDetails().errorCode() + ": " + service.awsErrorDetails().errorMessage()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new Status("ERROR", description);
  }
}
