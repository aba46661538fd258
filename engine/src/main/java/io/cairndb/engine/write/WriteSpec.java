package io.cairndb.engine.write;

import io.cairndb.engine.expr.legacy.AttributeUpdateEntry;
import io.cairndb.engine.expr.legacy.ConditionalOperator;
import io.cairndb.engine.expr.legacy.ExpectedEntry;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The serialisable source of one single-item write: what the request said (key, item,
 * expression strings with their names and values, legacy Expected / AttributeUpdates), not the
 * compiled form. It travels in Raft log entries; every replica compiles it with
 * {@link #command()}, which is deterministic, so all replicas apply the same {@link WriteCommand}.
 *
 * <p>The router builds a spec after checking the request-level rules, calls {@link #command()}
 * once so that compile errors surface before storage is touched, then calls
 * {@link #checkExpressionAttributesUsed()} for DynamoDB's "unused name/value" errors (a request
 * rule that replicas never need). Maps keep their insertion order (legacy conditions combine in
 * request order); equality is by content. Immutable and thread-safe.
 */
public final class WriteSpec {

    public enum Kind { PUT, UPDATE, DELETE }

    private final Kind kind;
    private final Item key;
    private final Item item;
    private final String conditionExpression;
    private final String updateExpression;
    private final Map<String, String> expressionAttributeNames;
    private final Map<String, AttributeValue> expressionAttributeValues;
    private final Map<String, ExpectedEntry> expected;
    private final ConditionalOperator conditionalOperator;
    private final Map<String, AttributeUpdateEntry> attributeUpdates;
    private final boolean returnItemOnConditionFailure;

    /** Set once compiled; a race compiles twice and keeps either (equal) result. */
    private volatile WriteSpecCompiler.Compiled compiled;

    private WriteSpec(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.key = Objects.requireNonNull(b.key, "key");
        if ((kind == Kind.PUT) != (b.item != null)) {
            throw new IllegalArgumentException("a PUT, and only a PUT, carries an item");
        }
        if (kind != Kind.UPDATE && (b.updateExpression != null || b.attributeUpdates != null)) {
            throw new IllegalArgumentException("only an UPDATE carries an update");
        }
        this.item = b.item;
        this.conditionExpression = b.conditionExpression;
        this.updateExpression = b.updateExpression;
        this.expressionAttributeNames = frozen(b.expressionAttributeNames);
        this.expressionAttributeValues = frozen(b.expressionAttributeValues);
        this.expected = frozen(b.expected);
        this.conditionalOperator = b.conditionalOperator;
        this.attributeUpdates = frozen(b.attributeUpdates);
        this.returnItemOnConditionFailure = b.returnItemOnConditionFailure;
    }

    /** An unconditional PutItem (BatchWriteItem's PutRequest). {@code key} holds the item's key attributes. */
    public static WriteSpec put(Item key, Item item) {
        return putBuilder(key, item).build();
    }

    /** An unconditional DeleteItem (BatchWriteItem's DeleteRequest). */
    public static WriteSpec delete(Item key) {
        return deleteBuilder(key).build();
    }

    /** An unconditional UpdateItem with an UpdateExpression; names and values may be null. */
    public static WriteSpec update(Item key, String updateExpression, Map<String, String> names,
                                   Map<String, AttributeValue> values) {
        return updateBuilder(key).updateExpression(updateExpression)
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
    }

    public static Builder putBuilder(Item key, Item item) {
        return new Builder(Kind.PUT, key).item(item);
    }

    public static Builder updateBuilder(Item key) {
        return new Builder(Kind.UPDATE, key);
    }

    public static Builder deleteBuilder(Item key) {
        return new Builder(Kind.DELETE, key);
    }

    public static Builder builder(Kind kind, Item key) {
        return new Builder(kind, key);
    }

    /**
     * The compiled write, memoised. Throws the ValidationException DynamoDB gives for a bad
     * expression or legacy parameter; the same spec always compiles to an equal command or
     * fails with the same error.
     */
    public WriteCommand command() {
        return compiled().command();
    }

    /**
     * DynamoDB's error for an ExpressionAttributeNames / ExpressionAttributeValues entry that no
     * expression used. A request-level check for the router: call after {@link #command()}.
     */
    public void checkExpressionAttributesUsed() {
        RuntimeException unused = compiled().unusedAttributes();
        if (unused != null) {
            throw unused;
        }
    }

    private WriteSpecCompiler.Compiled compiled() {
        WriteSpecCompiler.Compiled result = compiled;
        if (result == null) {
            result = WriteSpecCompiler.compile(this);
            compiled = result;
        }
        return result;
    }

    public Kind kind() {
        return kind;
    }

    public Item key() {
        return key;
    }

    /** The whole item of a PUT; null otherwise. */
    public Item item() {
        return item;
    }

    public String conditionExpression() {
        return conditionExpression;
    }

    public String updateExpression() {
        return updateExpression;
    }

    public Map<String, String> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    public Map<String, AttributeValue> expressionAttributeValues() {
        return expressionAttributeValues;
    }

    public Map<String, ExpectedEntry> expected() {
        return expected;
    }

    public ConditionalOperator conditionalOperator() {
        return conditionalOperator;
    }

    public Map<String, AttributeUpdateEntry> attributeUpdates() {
        return attributeUpdates;
    }

    public boolean returnItemOnConditionFailure() {
        return returnItemOnConditionFailure;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof WriteSpec other
                && kind == other.kind
                && returnItemOnConditionFailure == other.returnItemOnConditionFailure
                && key.equals(other.key)
                && Objects.equals(item, other.item)
                && Objects.equals(conditionExpression, other.conditionExpression)
                && Objects.equals(updateExpression, other.updateExpression)
                && Objects.equals(expressionAttributeNames, other.expressionAttributeNames)
                && Objects.equals(expressionAttributeValues, other.expressionAttributeValues)
                && Objects.equals(expected, other.expected)
                && conditionalOperator == other.conditionalOperator
                && Objects.equals(attributeUpdates, other.attributeUpdates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key, item, conditionExpression, updateExpression, expressionAttributeNames,
                expressionAttributeValues, expected, conditionalOperator, attributeUpdates,
                returnItemOnConditionFailure);
    }

    @Override
    public String toString() {
        return "WriteSpec[" + kind + " key=" + key
                + (conditionExpression != null ? " condition=" + conditionExpression : "")
                + (updateExpression != null ? " update=" + updateExpression : "")
                + (expected != null || conditionalOperator != null ? " expected=" + expected + " " + conditionalOperator : "")
                + (attributeUpdates != null ? " attributeUpdates=" + attributeUpdates : "")
                + "]";
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Sets the optional parts of a spec; a field left unset is absent from the request (null). */
    public static final class Builder {
        private final Kind kind;
        private final Item key;
        private Item item;
        private String conditionExpression;
        private String updateExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, AttributeValue> expressionAttributeValues;
        private Map<String, ExpectedEntry> expected;
        private ConditionalOperator conditionalOperator;
        private Map<String, AttributeUpdateEntry> attributeUpdates;
        private boolean returnItemOnConditionFailure;

        private Builder(Kind kind, Item key) {
            this.kind = kind;
            this.key = key;
        }

        public Builder item(Item item) {
            this.item = item;
            return this;
        }

        public Builder conditionExpression(String conditionExpression) {
            this.conditionExpression = conditionExpression;
            return this;
        }

        public Builder updateExpression(String updateExpression) {
            this.updateExpression = updateExpression;
            return this;
        }

        public Builder expressionAttributeNames(Map<String, String> names) {
            this.expressionAttributeNames = names;
            return this;
        }

        public Builder expressionAttributeValues(Map<String, AttributeValue> values) {
            this.expressionAttributeValues = values;
            return this;
        }

        public Builder expected(Map<String, ExpectedEntry> expected) {
            this.expected = expected;
            return this;
        }

        public Builder conditionalOperator(ConditionalOperator conditionalOperator) {
            this.conditionalOperator = conditionalOperator;
            return this;
        }

        public Builder attributeUpdates(Map<String, AttributeUpdateEntry> attributeUpdates) {
            this.attributeUpdates = attributeUpdates;
            return this;
        }

        public Builder returnItemOnConditionFailure(boolean returnItemOnConditionFailure) {
            this.returnItemOnConditionFailure = returnItemOnConditionFailure;
            return this;
        }

        public WriteSpec build() {
            return new WriteSpec(this);
        }
    }
}
