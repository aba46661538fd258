package io.cairndb.bench.ycsb;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import site.ycsb.ByteIterator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Projection and SET expressions over YCSB field names. Names always go through placeholders
 * ({@code #f0}, ...) so that no field name can collide with a DynamoDB reserved word. The
 * expression text depends only on the number of fields, so it is built once per count.
 */
final class FieldExpressions {

  record Projection(String expression, Map<String, String> names) {
  }

  record Assignment(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
  }

  /** YCSB's default is 10 fields; more are supported, just not cached. */
  private static final int CACHED = 32;
  private static final String[] NAME = new String[CACHED];
  private static final String[] VALUE = new String[CACHED];
  private static final String[] PROJECTION = new String[CACHED + 1];
  private static final String[] SET = new String[CACHED + 1];

  static {
    for (int i = 0; i < CACHED; i++) {
      NAME[i] = "#f" + i;
      VALUE[i] = ":v" + i;
    }
    for (int n = 1; n <= CACHED; n++) {
      PROJECTION[n] = buildProjection(n);
      SET[n] = buildSet(n);
    }
  }

  private FieldExpressions() {
  }

  static Projection projection(Set<String> fields) {
    Map<String, String> names = new HashMap<>(fields.size() * 2);
    int i = 0;
    for (String field : fields) {
      names.put(name(i++), field);
    }
    return new Projection(i <= CACHED ? PROJECTION[i] : buildProjection(i), names);
  }

  static Assignment assignment(Map<String, ByteIterator> values) {
    Map<String, String> names = new HashMap<>(values.size() * 2);
    Map<String, AttributeValue> attributeValues = new HashMap<>(values.size() * 2);
    int i = 0;
    for (Map.Entry<String, ByteIterator> field : values.entrySet()) {
      names.put(name(i), field.getKey());
      attributeValues.put(value(i), AttributeValue.fromS(field.getValue().toString()));
      i++;
    }
    return new Assignment(i <= CACHED ? SET[i] : buildSet(i), names, attributeValues);
  }

  private static String name(int i) {
    return i < CACHED ? NAME[i] : "#f" + i;
  }

  private static String value(int i) {
    return i < CACHED ? VALUE[i] : ":v" + i;
  }

  private static String buildProjection(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append("#f").append(i);
    }
    return sb.toString();
  }

  private static String buildSet(int n) {
    StringBuilder sb = new StringBuilder("SET ");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append("#f").append(i).append(" = :v").append(i);
    }
    return sb.toString();
  }
}
