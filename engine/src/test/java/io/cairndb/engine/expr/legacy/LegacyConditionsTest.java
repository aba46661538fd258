package io.cairndb.engine.expr.legacy;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected, QueryFilter, ScanFilter and KeyConditions; messages checked against DynamoDB Local. */
class LegacyConditionsTest {
    private static final Item ITEM = richItem();
    private static final KeySchema SCHEMA = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N));

    private static Map<String, ExpectedEntry> expected(Object... nameAndEntry) {
        Map<String, ExpectedEntry> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndEntry.length; i += 2) {
            out.put((String) nameAndEntry[i], (ExpectedEntry) nameAndEntry[i + 1]);
        }
        return out;
    }

    private static Map<String, FilterEntry> filter(Object... nameAndEntry) {
        Map<String, FilterEntry> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndEntry.length; i += 2) {
            out.put((String) nameAndEntry[i], (FilterEntry) nameAndEntry[i + 1]);
        }
        return out;
    }

    private static boolean test(String attribute, ComparisonOperator op, AttributeValue... values) {
        return LegacyConditions.scanFilter(filter(attribute, FilterEntry.of(op, values)), null).test(ITEM);
    }

    // ---- every ComparisonOperator ----

    @Test
    void equalityOperators() {
        assertThat(test("s", ComparisonOperator.EQ, s("str"))).isTrue();
        assertThat(test("s", ComparisonOperator.EQ, s("x"))).isFalse();
        assertThat(test("absent", ComparisonOperator.EQ, s("x"))).isFalse();
        assertThat(test("ss", ComparisonOperator.EQ, ss("b", "a"))).isTrue();
        assertThat(test("l", ComparisonOperator.EQ, l())).isFalse();
        assertThat(test("s", ComparisonOperator.NE, s("x"))).isTrue();
        assertThat(test("s", ComparisonOperator.NE, s("str"))).isFalse();
        assertThat(test("absent", ComparisonOperator.NE, s("x"))).isTrue();
    }

    @Test
    void orderingOperators() {
        assertThat(test("n", ComparisonOperator.LT, n(6))).isTrue();
        assertThat(test("n", ComparisonOperator.LE, n(5))).isTrue();
        assertThat(test("n", ComparisonOperator.GT, n(5))).isFalse();
        assertThat(test("n", ComparisonOperator.GE, n(5))).isTrue();
        assertThat(test("s", ComparisonOperator.GT, s("st"))).isTrue();
        assertThat(test("b", ComparisonOperator.GT, b(1))).isTrue();
        assertThat(test("s", ComparisonOperator.LT, n(6))).isFalse();
        assertThat(test("absent", ComparisonOperator.LT, n(6))).isFalse();
    }

    @Test
    void nullOperators() {
        assertThat(test("s", ComparisonOperator.NOT_NULL)).isTrue();
        assertThat(test("absent", ComparisonOperator.NOT_NULL)).isFalse();
        assertThat(test("absent", ComparisonOperator.NULL)).isTrue();
        assertThat(test("z", ComparisonOperator.NULL)).isFalse();
    }

    @Test
    void containsOperators() {
        assertThat(test("s", ComparisonOperator.CONTAINS, s("tr"))).isTrue();
        assertThat(test("ss", ComparisonOperator.CONTAINS, s("a"))).isTrue();
        assertThat(test("ns", ComparisonOperator.CONTAINS, n(2))).isTrue();
        assertThat(test("l", ComparisonOperator.CONTAINS, n(1))).isTrue();
        assertThat(test("absent", ComparisonOperator.CONTAINS, s("a"))).isFalse();
        assertThat(test("s", ComparisonOperator.NOT_CONTAINS, s("zz"))).isTrue();
        assertThat(test("ss", ComparisonOperator.NOT_CONTAINS, s("a"))).isFalse();
        // A missing attribute is not "not containing" anything (as DynamoDB answers).
        assertThat(test("absent", ComparisonOperator.NOT_CONTAINS, s("a"))).isFalse();
    }

    @Test
    void beginsWithInBetween() {
        assertThat(test("s", ComparisonOperator.BEGINS_WITH, s("st"))).isTrue();
        assertThat(test("b", ComparisonOperator.BEGINS_WITH, b(1, 2))).isTrue();
        assertThat(test("s", ComparisonOperator.BEGINS_WITH, s("t"))).isFalse();
        assertThat(test("n", ComparisonOperator.IN, n(1), n(5))).isTrue();
        assertThat(test("n", ComparisonOperator.IN, n(1), n(2))).isFalse();
        assertThat(test("absent", ComparisonOperator.IN, n(1))).isFalse();
        assertThat(test("n", ComparisonOperator.BETWEEN, n(5), n(9))).isTrue();
        assertThat(test("n", ComparisonOperator.BETWEEN, n(6), n(9))).isFalse();
        assertThat(test("s", ComparisonOperator.BETWEEN, n(1), n(9))).isFalse();
    }

    // ---- Expected ----

    @Test
    void expectedValueMeansEquality() {
        assertThat(LegacyConditions.expected(expected("s", ExpectedEntry.value(s("str"))), null).test(ITEM)).isTrue();
        assertThat(LegacyConditions.expected(expected("s", ExpectedEntry.value(s("x"))), null).test(ITEM)).isFalse();
        assertThat(LegacyConditions.expected(expected("s", new ExpectedEntry(s("str"), true, null, null)), null)
                .test(ITEM)).isTrue();
    }

    @Test
    void expectedExistsFalseMeansAbsent() {
        assertThat(LegacyConditions.expected(expected("absent", ExpectedEntry.notExists()), null).test(ITEM)).isTrue();
        assertThat(LegacyConditions.expected(expected("s", ExpectedEntry.notExists()), null).test(ITEM)).isFalse();
        assertThat(LegacyConditions.expected(expected("s", ExpectedEntry.notExists()), null).test(Item.EMPTY)).isTrue();
    }

    @Test
    void expectedWithComparisonOperatorAndASingleValue() {
        ExpectedEntry entry = new ExpectedEntry(n(4), null, ComparisonOperator.GT, null);
        assertThat(LegacyConditions.expected(expected("n", entry), null).test(ITEM)).isTrue();
    }

    @Test
    void conditionalOperatorCombinesEntries() {
        Map<String, ExpectedEntry> entries = expected("s", ExpectedEntry.value(s("x")), "n", ExpectedEntry.value(n(5)));
        assertThat(LegacyConditions.expected(entries, null).test(ITEM)).isFalse();
        assertThat(LegacyConditions.expected(entries, ConditionalOperator.AND).test(ITEM)).isFalse();
        assertThat(LegacyConditions.expected(entries, ConditionalOperator.OR).test(ITEM)).isTrue();
        Map<String, FilterEntry> f = filter("s", FilterEntry.of(ComparisonOperator.NOT_NULL),
                "n", FilterEntry.of(ComparisonOperator.GT, n(1)), "absent", FilterEntry.of(ComparisonOperator.NULL));
        assertThat(LegacyConditions.scanFilter(f, ConditionalOperator.AND).test(ITEM)).isTrue();
    }

    @Test
    void absentParametersGiveNoCondition() {
        assertThat(LegacyConditions.expected(null, null)).isNull();
        assertThat(LegacyConditions.scanFilter(null, null)).isNull();
        assertThat(LegacyConditions.queryFilter(null, null, SCHEMA)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "EXISTS_TRUE_NO_VALUE | One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: a",
            "EXISTS_NULL_NO_VALUE | One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: a",
            "EXISTS_FALSE_WITH_VALUE | One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: a",
            "EXISTS_AND_OPERATOR | One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: a",
            "VALUE_AND_LIST | One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: a",
            "OPERATOR_NO_VALUES | One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a",
            "LIST_NO_OPERATOR | One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: a",
            "EQ_TWO_VALUES | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator",
            "BETWEEN_ONE_VALUE | One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator",
            "NULL_WITH_VALUE | One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator",
            "IN_NO_VALUES | One or more parameter values were invalid: Invalid number of argument(s) for the IN ComparisonOperator",
            "LT_LIST | One or more parameter values were invalid: ComparisonOperator LT is not valid for L AttributeValue type",
            "GT_NULL | One or more parameter values were invalid: ComparisonOperator GT is not valid for NULL AttributeValue type",
            "CONTAINS_LIST | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for L AttributeValue type",
            "BEGINS_WITH_NUMBER | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type",
            "IN_LIST | One or more parameter values were invalid: ComparisonOperator IN is not valid for L AttributeValue type",
            "BETWEEN_REVERSED | The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
            "BETWEEN_MIXED | One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type",
            "IN_MIXED | One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type",
            "OR_ONE_ENTRY | ConditionalOperator can only be used when Filter or Expected has two or more elements",
            "OR_NO_ENTRIES | ConditionalOperator cannot be used without Filter or Expected",
    })
    void expectedErrors(String scenario, String message) {
        ExpectedEntry entry = switch (scenario) {
            case "EXISTS_TRUE_NO_VALUE" -> new ExpectedEntry(null, true, null, null);
            case "EXISTS_NULL_NO_VALUE", "OR_NO_ENTRIES" -> new ExpectedEntry(null, null, null, null);
            case "EXISTS_FALSE_WITH_VALUE" -> new ExpectedEntry(s("x"), false, null, null);
            case "EXISTS_AND_OPERATOR" -> new ExpectedEntry(s("x"), true, ComparisonOperator.EQ, null);
            case "VALUE_AND_LIST" -> new ExpectedEntry(s("x"), null, ComparisonOperator.EQ, List.of(s("x")));
            case "OPERATOR_NO_VALUES" -> new ExpectedEntry(null, null, ComparisonOperator.EQ, null);
            case "LIST_NO_OPERATOR" -> new ExpectedEntry(null, null, null, List.of(s("x")));
            case "EQ_TWO_VALUES" -> ExpectedEntry.compare(ComparisonOperator.EQ, List.of(s("x"), s("y")));
            case "BETWEEN_ONE_VALUE" -> ExpectedEntry.compare(ComparisonOperator.BETWEEN, List.of(s("x")));
            case "NULL_WITH_VALUE" -> ExpectedEntry.compare(ComparisonOperator.NULL, List.of(s("x")));
            case "IN_NO_VALUES" -> ExpectedEntry.compare(ComparisonOperator.IN, List.of());
            case "LT_LIST" -> ExpectedEntry.compare(ComparisonOperator.LT, List.of(l()));
            case "GT_NULL" -> ExpectedEntry.compare(ComparisonOperator.GT, List.of(nul()));
            case "CONTAINS_LIST" -> ExpectedEntry.compare(ComparisonOperator.CONTAINS, List.of(l()));
            case "BEGINS_WITH_NUMBER" -> ExpectedEntry.compare(ComparisonOperator.BEGINS_WITH, List.of(n(1)));
            case "IN_LIST" -> ExpectedEntry.compare(ComparisonOperator.IN, List.of(l()));
            case "BETWEEN_REVERSED" -> ExpectedEntry.compare(ComparisonOperator.BETWEEN, List.of(n(2), n(1)));
            case "BETWEEN_MIXED" -> ExpectedEntry.compare(ComparisonOperator.BETWEEN, List.of(n(2), s("1")));
            case "IN_MIXED" -> ExpectedEntry.compare(ComparisonOperator.IN, List.of(n(2), s("1")));
            case "OR_ONE_ENTRY" -> ExpectedEntry.value(s("x"));
            default -> throw new IllegalArgumentException(scenario);
        };
        Map<String, ExpectedEntry> entries = scenario.equals("OR_NO_ENTRIES") ? null : expected("a", entry);
        ConditionalOperator op = scenario.startsWith("OR_") ? ConditionalOperator.OR : null;
        assertThatThrownBy(() -> LegacyConditions.expected(entries, op))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @Test
    void unknownComparisonOperator() {
        assertThatThrownBy(() -> ComparisonOperator.parse("FOO"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Comparison type does not exist in DynamoDB");
        assertThat(ComparisonOperator.parse("NOT_CONTAINS")).isEqualTo(ComparisonOperator.NOT_CONTAINS);
    }

    // ---- QueryFilter ----

    @Test
    void queryFilterRejectsKeyAttributes() {
        assertThatThrownBy(() -> LegacyConditions.queryFilter(
                filter("pk", FilterEntry.of(ComparisonOperator.NULL)), null, SCHEMA))
                .hasMessage("QueryFilter can only contain non-primary key attributes: Primary key attribute: pk");
        Condition c = LegacyConditions.queryFilter(filter("n", FilterEntry.of(ComparisonOperator.EQ, n(5))), null, SCHEMA);
        assertThat(c.test(ITEM)).isTrue();
    }

    // ---- KeyConditions ----

    @Test
    void keyConditions() {
        KeyCondition kc = LegacyConditions.keyConditions(filter(
                "pk", FilterEntry.of(ComparisonOperator.EQ, s("x")),
                "sk", FilterEntry.of(ComparisonOperator.BETWEEN, n(1), n(3))), SCHEMA);
        assertThat(kc.partitionKey()).isEqualTo(s("x"));
        assertThat(kc.sortKeyName()).isEqualTo("sk");
        assertThat(kc.sortKey()).isEqualTo(SortKeyCondition.between(n(1), n(3)));
        kc = LegacyConditions.keyConditions(filter("pk", FilterEntry.of(ComparisonOperator.EQ, s("x"))), SCHEMA);
        assertThat(kc.hasSortKeyCondition()).isFalse();
        for (ComparisonOperator op : List.of(ComparisonOperator.EQ, ComparisonOperator.LT, ComparisonOperator.LE,
                ComparisonOperator.GT, ComparisonOperator.GE)) {
            kc = LegacyConditions.keyConditions(filter("pk", FilterEntry.of(ComparisonOperator.EQ, s("x")),
                    "sk", FilterEntry.of(op, n(2))), SCHEMA);
            assertThat(kc.sortKey().operator().name()).isEqualTo(op.name());
        }
    }

    @Test
    void keyConditionBeginsWithOnAStringSortKey() {
        KeySchema schema = KeySchema.hashAndRange(new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.S));
        KeyCondition kc = LegacyConditions.keyConditions(filter("pk", FilterEntry.of(ComparisonOperator.EQ, s("x")),
                "sk", FilterEntry.of(ComparisonOperator.BEGINS_WITH, s("p"))), schema);
        assertThat(kc.sortKey()).isEqualTo(SortKeyCondition.of(SortKeyCondition.Operator.BEGINS_WITH, s("p")));
    }

    @Test
    void keyConditionErrors() {
        assertThatThrownBy(() -> LegacyConditions.keyConditions(
                filter("sk", FilterEntry.of(ComparisonOperator.EQ, n(1))), SCHEMA))
                .hasMessage("Query condition missed key schema element: pk");
        assertThatThrownBy(() -> LegacyConditions.keyConditions(filter(
                "pk", FilterEntry.of(ComparisonOperator.EQ, s("x")), "x", FilterEntry.of(ComparisonOperator.EQ, n(1))), SCHEMA))
                .hasMessage("Query condition missed key schema element: pk");
        assertThatThrownBy(() -> LegacyConditions.keyConditions(filter(
                "pk", FilterEntry.of(ComparisonOperator.EQ, s("x")), "sk", FilterEntry.of(ComparisonOperator.IN, n(1))), SCHEMA))
                .hasMessage("Attempted conditional constraint is not an indexable operation");
        assertThatThrownBy(() -> LegacyConditions.keyConditions(
                filter("pk", FilterEntry.of(ComparisonOperator.GT, s("x"))), SCHEMA))
                .hasMessage("Query key condition not supported");
        assertThatThrownBy(() -> LegacyConditions.keyConditions(
                filter("pk", FilterEntry.of(ComparisonOperator.EQ, n(1))), SCHEMA))
                .hasMessage("One or more parameter values were invalid: Condition parameter type does not match schema type");
        assertThatThrownBy(() -> LegacyConditions.keyConditions(filter(
                "pk", FilterEntry.of(ComparisonOperator.EQ, s("x")), "sk", FilterEntry.of(ComparisonOperator.BEGINS_WITH, s("1"))), SCHEMA))
                .hasMessage("One or more parameter values were invalid: Condition parameter type does not match schema type");
        assertThatThrownBy(() -> LegacyConditions.keyConditions(null, SCHEMA))
                .hasMessage("Query condition missed key schema element: pk");
    }
}
