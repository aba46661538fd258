package io.cairndb.bench.ycsb;

import java.util.Map;
import java.util.Properties;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How YCSB records map onto one DynamoDB table with a composite primary key.
 *
 * <p>Every record is stored as {@code pk = <group>, sk = <YCSB key>}, where the group is a stable
 * hash of the key modulo {@code groups}. Workloads A and C still address exactly one item by its
 * full key (GetItem/UpdateItem), and the Query workload reads a sort-key range inside one
 * partition key ({@code pk = group(startKey) AND sk >= startKey}, Limit = scan length), which is
 * what YCSB's scan means. One table serves all workloads, so one load phase does too.
 */
public record TableLayout(String tableName, int groups) {

  public static final String PARTITION_KEY = "pk";
  public static final String SORT_KEY = "sk";

  public static final String TABLE_PROPERTY = "table";
  public static final String GROUPS_PROPERTY = "dynamodb.groups";
  public static final String DEFAULT_TABLE = "usertable";
  public static final int DEFAULT_GROUPS = 100;

  public TableLayout {
    if (groups <= 0) {
      throw new IllegalArgumentException("groups must be positive: " + groups);
    }
  }

  public static TableLayout fromProperties(Properties props) {
    return new TableLayout(props.getProperty(TABLE_PROPERTY, DEFAULT_TABLE),
        Integer.parseInt(props.getProperty(GROUPS_PROPERTY, Integer.toString(DEFAULT_GROUPS))));
  }

  /** The partition key of a YCSB key; spread by a murmur-style finaliser so groups fill evenly. */
  public String groupOf(String ycsbKey) {
    int h = ycsbKey.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return "g" + Math.floorMod(h, groups);
  }

  public Map<String, AttributeValue> keyOf(String ycsbKey) {
    return Map.of(PARTITION_KEY, AttributeValue.fromS(groupOf(ycsbKey)),
        SORT_KEY, AttributeValue.fromS(ycsbKey));
  }
}
