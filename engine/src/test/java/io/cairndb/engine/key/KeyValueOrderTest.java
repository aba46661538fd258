package io.cairndb.engine.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property tests: comparing encoded key values as unsigned bytes gives DynamoDB's order. */
class KeyValueOrderTest {
    private static final int SAMPLES = 8_000;
    private final Random random = new Random(20261121L);

    @Test
    void numbersSortNumerically() {
        List<BigDecimal> numbers = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            numbers.add(randomNumber());
        }
        numbers.addAll(edgeNumbers());
        assertOrderPreserved(numbers.stream().map(AttributeValue::n).map(v -> (AttributeValue) v).toList(),
                Comparator.comparing(v -> ((AttributeValue.Num) v).value()));
    }

    @Test
    void edgeNumbersSortInTheirKnownOrder() {
        List<String> ascending = List.of(
                "-9.9999999999999999999999999999999999999E+125", "-1e125", "-12345678901234567890123456789012345678",
                "-100", "-99.99", "-10", "-1.5", "-1", "-0.5", "-0.123", "-0.12", "-1e-130",
                "0", "1e-130", "1.5e-130", "0.12", "0.123", "0.5", "1", "1.0000000000000000000000000000000000001",
                "1.5", "10", "99.99", "100", "12345678901234567890123456789012345678",
                "1e125", "9.9999999999999999999999999999999999999E+125");
        List<byte[]> encoded = ascending.stream().map(s -> KeyCodec.encodeValue(AttributeValue.n(s))).toList();
        for (int i = 1; i < encoded.size(); i++) {
            assertThat(Arrays.compareUnsigned(encoded.get(i - 1), encoded.get(i)))
                    .as("%s < %s", ascending.get(i - 1), ascending.get(i))
                    .isNegative();
        }
    }

    @Test
    void numbersRoundTripExactly() {
        List<BigDecimal> numbers = new ArrayList<>(edgeNumbers());
        for (int i = 0; i < SAMPLES; i++) {
            numbers.add(randomNumber());
        }
        for (BigDecimal number : numbers) {
            byte[] encoded = KeyCodec.encodeValue(AttributeValue.n(number));
            AttributeValue decoded = KeyCodec.decodeValue(AttributeType.N, encoded, 0, encoded.length);
            assertThat(((AttributeValue.Num) decoded).value()).isEqualTo(Numbers.normalize(number));
        }
    }

    @Test
    void equalNumbersEncodeEqually() {
        assertThat(KeyCodec.encodeValue(AttributeValue.n("1.50"))).isEqualTo(KeyCodec.encodeValue(AttributeValue.n("15e-1")));
        assertThat(KeyCodec.encodeValue(AttributeValue.n("-0"))).isEqualTo(KeyCodec.encodeValue(AttributeValue.n("0")));
        assertThat(KeyCodec.encodeValue(AttributeValue.n("100"))).isEqualTo(KeyCodec.encodeValue(AttributeValue.n("1E+2")));
    }

    @Test
    void stringsSortByUtf8Bytes() {
        List<AttributeValue> strings = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            strings.add(AttributeValue.s(randomString()));
        }
        // UTF-16 order and UTF-8 order differ for supplementary characters vs U+E000..U+FFFF.
        strings.add(AttributeValue.s("\uFFFD"));
        strings.add(AttributeValue.s("\uD83D\uDE00"));
        strings.add(AttributeValue.s("a"));
        strings.add(AttributeValue.s("ab"));
        assertOrderPreserved(strings, Comparator.comparing(
                v -> ((AttributeValue.Str) v).value().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        byte[] smiley = KeyCodec.encodeValue(AttributeValue.s("\uD83D\uDE00"));
        byte[] replacement = KeyCodec.encodeValue(AttributeValue.s("\uFFFD"));
        assertThat(Arrays.compareUnsigned(replacement, smiley)).isNegative();
    }

    @Test
    void binariesSortUnsigned() {
        List<AttributeValue> binaries = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            random.nextBytes(b);
            binaries.add(AttributeValue.b(Bytes.wrap(b)));
        }
        assertOrderPreserved(binaries, Comparator.comparing(v -> ((AttributeValue.Bin) v).value()));
        byte[] low = KeyCodec.encodeValue(AttributeValue.b(Bytes.wrap(new byte[] {0x7F})));
        byte[] high = KeyCodec.encodeValue(AttributeValue.b(Bytes.wrap(new byte[] {(byte) 0x80})));
        assertThat(Arrays.compareUnsigned(low, high)).isNegative();
    }

    @Test
    void stringsAndBinariesRoundTrip() {
        for (int i = 0; i < 1000; i++) {
            String s = randomString();
            byte[] e = KeyCodec.encodeValue(AttributeValue.s(s));
            assertThat(KeyCodec.decodeValue(AttributeType.S, e, 0, e.length)).isEqualTo(AttributeValue.s(s));
            byte[] b = new byte[random.nextInt(10)];
            random.nextBytes(b);
            byte[] eb = KeyCodec.encodeValue(AttributeValue.b(Bytes.wrap(b)));
            assertThat(KeyCodec.decodeValue(AttributeType.B, eb, 0, eb.length)).isEqualTo(AttributeValue.b(Bytes.wrap(b)));
        }
    }

    private void assertOrderPreserved(List<AttributeValue> values, Comparator<AttributeValue> dynamoOrder) {
        for (int i = 0; i < values.size(); i++) {
            AttributeValue a = values.get(i);
            AttributeValue b = values.get(random.nextInt(values.size()));
            int expected = Integer.signum(dynamoOrder.compare(a, b));
            int actual = Integer.signum(Arrays.compareUnsigned(KeyCodec.encodeValue(a), KeyCodec.encodeValue(b)));
            assertThat(actual).as("compare %s with %s", a, b).isEqualTo(expected);
        }
        List<AttributeValue> byDynamo = values.stream().sorted(dynamoOrder).toList();
        List<Map.Entry<byte[], AttributeValue>> encoded = new ArrayList<>();
        for (AttributeValue value : values) {
            encoded.add(Map.entry(KeyCodec.encodeValue(value), value));
        }
        encoded.sort(Map.Entry.comparingByKey(Arrays::compareUnsigned));
        for (int i = 0; i < byDynamo.size(); i++) {
            assertThat(dynamoOrder.compare(byDynamo.get(i), encoded.get(i).getValue())).isZero();
        }
    }

    /** Random numbers over the whole range: 1 to 38 digits, exponents -130 to +125, both signs, often nearby values. */
    private BigDecimal randomNumber() {
        int digits = 1 + random.nextInt(random.nextBoolean() ? 4 : 38);
        StringBuilder unscaled = new StringBuilder();
        unscaled.append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) {
            unscaled.append(random.nextInt(10));
        }
        int exponent = random.nextInt(4) == 0 ? -130 + random.nextInt(256) : -3 + random.nextInt(7);
        BigDecimal value = new BigDecimal(new BigInteger(unscaled.toString()), digits - 1 - exponent);
        if (value.abs().compareTo(new BigDecimal("1E-130")) < 0 || value.abs().compareTo(new BigDecimal("1E+126")) >= 0) {
            value = BigDecimal.ONE;
        }
        if (random.nextInt(10) == 0) {
            return BigDecimal.ZERO;
        }
        return random.nextBoolean() ? value.negate() : value;
    }

    private static List<BigDecimal> edgeNumbers() {
        return List.of("-1e125", "-1", "-0.5", "0", "1e-130", "-1e-130", "1", "0.5", "1e125",
                        "9.9999999999999999999999999999999999999E+125", "-9.9999999999999999999999999999999999999E+125",
                        "12345678901234567890123456789012345678", "-12345678901234567890123456789012345678",
                        "0.12345678901234567890123456789012345678", "1.0000000000000000000000000000000000001",
                        "10", "100", "101", "0.1", "0.01", "-10", "-100")
                .stream().map(BigDecimal::new).toList();
    }

    private String randomString() {
        int length = 1 + random.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> sb.append((char) ('a' + random.nextInt(4)));
                case 1 -> sb.append((char) (0x80 + random.nextInt(0x700)));
                case 2 -> sb.append((char) (0xE000 + random.nextInt(0x1FFD)));
                default -> sb.appendCodePoint(0x10000 + random.nextInt(0x1000));
            }
        }
        return sb.toString();
    }
}
