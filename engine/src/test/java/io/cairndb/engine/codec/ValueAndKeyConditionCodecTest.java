package io.cairndb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.model.AttributeValue;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValueAndKeyConditionCodecTest {
    private final RandomValues random = new RandomValues(7);

    @Test
    void roundTripsRandomValues() {
        for (int i = 0; i < 2000; i++) {
            AttributeValue value = random.value(3);
            assertThat(ValueCodec.decode(ValueCodec.encode(value))).isEqualTo(value);
        }
    }

    @Test
    void valueRejectsUnknownVersionsAndTrailingBytes() {
        byte[] encoded = ValueCodec.encode(AttributeValue.s("x"));
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
        assertThatThrownBy(() -> ValueCodec.decode(longer)).isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("trailing");
        encoded[0] = 9;
        assertThatThrownBy(() -> ValueCodec.decode(encoded)).isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("version 9");
    }

    @Test
    void roundTripsEveryKeyConditionShape() {
        AttributeValue pk = AttributeValue.s("user#1");
        assertRoundTrip(new KeyCondition("pk", pk, null, null));
        assertRoundTrip(new KeyCondition("pk", pk, "sk", null));
        for (SortKeyCondition.Operator operator : SortKeyCondition.Operator.values()) {
            SortKeyCondition sortKey = operator == SortKeyCondition.Operator.BETWEEN
                    ? SortKeyCondition.between(AttributeValue.n(1), AttributeValue.n("9.5"))
                    : SortKeyCondition.of(operator, AttributeValue.s("prefix"));
            assertRoundTrip(new KeyCondition("pk", pk, "sk", sortKey));
        }
    }

    @Test
    void roundTripsRandomKeyConditions() {
        SortKeyCondition.Operator[] operators = SortKeyCondition.Operator.values();
        for (int i = 0; i < 500; i++) {
            SortKeyCondition.Operator operator = operators[random.random().nextInt(operators.length)];
            SortKeyCondition sortKey = random.random().nextBoolean() ? null
                    : new SortKeyCondition(operator, random.value(0),
                            operator == SortKeyCondition.Operator.BETWEEN ? random.value(0) : null);
            assertRoundTrip(new KeyCondition("p" + i, random.value(0), sortKey == null ? null : "s" + i, sortKey));
        }
    }

    @Test
    void keyConditionRejectsTruncatedData() {
        byte[] encoded = KeyConditionCodec.encode(new KeyCondition("pk", AttributeValue.s("a"), "sk",
                SortKeyCondition.of(SortKeyCondition.Operator.GT, AttributeValue.n(3))));
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> KeyConditionCodec.decode(truncated)).isInstanceOf(CorruptDataException.class);
        }
    }

    private static void assertRoundTrip(KeyCondition condition) {
        assertThat(KeyConditionCodec.decode(KeyConditionCodec.encode(condition))).isEqualTo(condition);
    }
}
