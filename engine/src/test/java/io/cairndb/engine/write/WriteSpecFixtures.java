package io.cairndb.engine.write;

import io.cairndb.engine.codec.RandomValues;
import io.cairndb.engine.expr.legacy.AttributeUpdateEntry;
import io.cairndb.engine.expr.legacy.ComparisonOperator;
import io.cairndb.engine.expr.legacy.ConditionalOperator;
import io.cairndb.engine.expr.legacy.ExpectedEntry;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Write specs for tests: every kind and parameter style, with seeded random values. */
public final class WriteSpecFixtures {
    private final RandomValues values;
    private final Random random;

    public WriteSpecFixtures(long seed) {
        this.values = new RandomValues(seed);
        this.random = values.random();
    }

    public static Item key(String id) {
        return Item.of(Map.of("id", AttributeValue.s(id)));
    }

    /** A spec that compiles: one of the shapes the router builds, with random values. */
    public WriteSpec compilable() {
        Item key = key("k" + random.nextInt(3));
        AttributeValue number = AttributeValue.n(random.nextInt(100));
        return switch (random.nextInt(9)) {
            case 0 -> WriteSpec.put(key, withKey(key, values.item(2)));
            case 1 -> WriteSpec.putBuilder(key, withKey(key, values.item(2)))
                    .conditionExpression("attribute_not_exists(id) OR #n < :limit")
                    .expressionAttributeNames(Map.of("#n", "n"))
                    .expressionAttributeValues(Map.of(":limit", number))
                    .returnItemOnConditionFailure(random.nextBoolean())
                    .build();
            case 2 -> WriteSpec.update(key, "SET #v = :v ADD n :one", Map.of("#v", "v"),
                    Map.of(":v", values.value(2), ":one", AttributeValue.n(1)));
            case 3 -> WriteSpec.updateBuilder(key)
                    .updateExpression("SET n = if_not_exists(n, :zero) + :d REMOVE v")
                    .conditionExpression("attribute_exists(id)")
                    .expressionAttributeValues(Map.of(":zero", AttributeValue.n(0), ":d", number))
                    .returnItemOnConditionFailure(true)
                    .build();
            case 4 -> WriteSpec.updateBuilder(key).build(); // no update: creates the key-only item
            case 5 -> WriteSpec.updateBuilder(key)
                    .attributeUpdates(legacyUpdates(number))
                    .expected(Map.of("n", ExpectedEntry.compare(ComparisonOperator.LT, List.of(number))))
                    .build();
            case 6 -> WriteSpec.delete(key);
            case 7 -> WriteSpec.deleteBuilder(key)
                    .expected(legacyExpected(number))
                    .conditionalOperator(random.nextBoolean() ? ConditionalOperator.AND : ConditionalOperator.OR)
                    .returnItemOnConditionFailure(random.nextBoolean())
                    .build();
            default -> WriteSpec.deleteBuilder(key)
                    .conditionExpression("size(v) > :s")
                    .expressionAttributeValues(Map.of(":s", AttributeValue.n(random.nextInt(5))))
                    .build();
        };
    }

    /** A spec with random content in every field, compilable or not (for codec round trips). */
    public WriteSpec arbitrary() {
        WriteSpec.Kind kind = WriteSpec.Kind.values()[random.nextInt(3)];
        WriteSpec.Builder spec = WriteSpec.builder(kind, values.item(1));
        if (kind == WriteSpec.Kind.PUT) {
            spec.item(values.item(3));
        }
        if (kind == WriteSpec.Kind.UPDATE) {
            spec.updateExpression(maybe(() -> "SET a = :" + random.nextInt(9)));
            spec.attributeUpdates(maybe(() -> legacyUpdates(values.value(2))));
        }
        spec.conditionExpression(maybe(() -> "attribute_exists(#" + random.nextInt(9) + ")"));
        spec.expressionAttributeNames(maybe(() -> Map.of("#x", "x" + random.nextInt(9), "#é", "ü")));
        spec.expressionAttributeValues(maybe(() -> {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                map.put(":v" + i, values.value(3));
            }
            return map;
        }));
        spec.expected(maybe(() -> legacyExpected(values.value(1))));
        spec.conditionalOperator(maybe(() -> ConditionalOperator.values()[random.nextInt(2)]));
        return spec.returnItemOnConditionFailure(random.nextBoolean()).build();
    }

    /** Stored items a spec may meet: none, or one with a number, a value and the spec's key. */
    public Item stored(Item key) {
        if (random.nextInt(4) == 0) {
            return null;
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>(key.attributes());
        item.put("n", AttributeValue.n(random.nextInt(100)));
        item.put("v", AttributeValue.s("x".repeat(random.nextInt(8))));
        return Item.of(item);
    }

    private Map<String, AttributeUpdateEntry> legacyUpdates(AttributeValue number) {
        Map<String, AttributeUpdateEntry> updates = new LinkedHashMap<>();
        updates.put("n", AttributeUpdateEntry.add(number));
        updates.put("v", random.nextBoolean() ? AttributeUpdateEntry.put(AttributeValue.s("set"))
                : new AttributeUpdateEntry(AttributeUpdateEntry.Action.DELETE, null));
        updates.put("w", new AttributeUpdateEntry(null, AttributeValue.bool(true)));
        return updates;
    }

    private Map<String, ExpectedEntry> legacyExpected(AttributeValue number) {
        Map<String, ExpectedEntry> expected = new LinkedHashMap<>();
        expected.put("n", ExpectedEntry.compare(ComparisonOperator.GE, List.of(number)));
        expected.put("gone", ExpectedEntry.notExists());
        expected.put("v", new ExpectedEntry(null, true, ComparisonOperator.NOT_NULL, null));
        expected.put("in", ExpectedEntry.compare(ComparisonOperator.IN, new ArrayList<>(List.of(number, number))));
        return expected;
    }

    private static Item withKey(Item key, Item item) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(item.attributes());
        attributes.putAll(key.attributes());
        return Item.of(attributes);
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }
}
