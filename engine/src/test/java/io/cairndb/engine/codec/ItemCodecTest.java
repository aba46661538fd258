package io.cairndb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemCodecTest {
    private final Random random = new Random(42);

    @Test
    void roundTripsEveryTypeNested() {
        Map<String, AttributeValue> inner = new LinkedHashMap<>();
        inner.put("s", AttributeValue.s("héllo \uD83D\uDE00"));
        inner.put("n", AttributeValue.n("-12345678901234567890123456789012345678"));
        inner.put("tiny", AttributeValue.n("1e-130"));
        inner.put("huge", AttributeValue.n("9.9999999999999999999999999999999999999E+125"));
        inner.put("b", AttributeValue.b(Bytes.wrap(new byte[] {0, 1, -1})));
        inner.put("t", AttributeValue.bool(true));
        inner.put("f", AttributeValue.bool(false));
        inner.put("null", AttributeValue.nul());
        inner.put("ss", AttributeValue.ss(Set.of("a", "b")));
        inner.put("ns", AttributeValue.ns(Set.of(new BigDecimal("1.5"), new BigDecimal("-2"))));
        inner.put("bs", AttributeValue.bs(Set.of(Bytes.wrap(new byte[] {1}), Bytes.wrap(new byte[] {2, 3}))));
        inner.put("emptyList", AttributeValue.l(List.of()));
        inner.put("emptyMap", AttributeValue.m(Map.of()));
        inner.put("emptyString", AttributeValue.s(""));
        Map<String, AttributeValue> top = new LinkedHashMap<>(inner);
        top.put("list", AttributeValue.l(List.of(AttributeValue.m(inner), AttributeValue.l(List.of(AttributeValue.n(7))))));
        top.put("map", AttributeValue.m(Map.of("deeper", AttributeValue.m(inner))));
        Item item = Item.of(top);
        Item decoded = ItemCodec.decode(ItemCodec.encode(item));
        assertThat(decoded).isEqualTo(item);
        assertThat(List.copyOf(decoded.attributes().keySet())).isEqualTo(List.copyOf(item.attributes().keySet()));
    }

    @Test
    void roundTripsRandomItems() {
        for (int i = 0; i < 2000; i++) {
            Item item = randomItem(3);
            assertThat(ItemCodec.decode(ItemCodec.encode(item))).isEqualTo(item);
        }
    }

    @Test
    void startsWithTheFormatVersionAndRejectsUnknownOnes() {
        byte[] encoded = ItemCodec.encode(Item.of(Map.of("a", AttributeValue.s("x"))));
        assertThat(encoded[0]).isEqualTo((byte) ItemCodec.VERSION);
        encoded[0] = 99;
        assertThatThrownBy(() -> ItemCodec.decode(encoded)).isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("version 99");
    }

    @Test
    void rejectsTruncatedData() {
        byte[] encoded = ItemCodec.encode(randomItem(2));
        byte[] truncated = java.util.Arrays.copyOf(encoded, encoded.length - 1);
        assertThatThrownBy(() -> ItemCodec.decode(truncated)).isInstanceOf(CorruptDataException.class);
    }

    @Test
    void isCompact() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("id", AttributeValue.s("user1234"));
        attributes.put("count", AttributeValue.n(42));
        // version + count + (1+2 name, tag, 1+8 string) + (1+5 name, tag, form, 1 varint, 1 scale)
        assertThat(ItemCodec.encode(Item.of(attributes))).hasSize(2 + 13 + 10);
    }

    private Item randomItem(int depth) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            attributes.put("a" + random.nextInt(1000), randomValue(depth));
        }
        return Item.of(attributes);
    }

    private AttributeValue randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 8);
        return switch (kind) {
            case 0 -> AttributeValue.s(Long.toString(random.nextLong(), 36));
            case 1 -> AttributeValue.n(new BigDecimal(random.nextLong()).scaleByPowerOfTen(random.nextInt(60) - 30)
                    .multiply(random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("123456789012345678901")));
            case 2 -> {
                byte[] b = new byte[random.nextInt(20)];
                random.nextBytes(b);
                yield AttributeValue.b(Bytes.wrap(b));
            }
            case 3 -> AttributeValue.bool(random.nextBoolean());
            case 4 -> AttributeValue.nul();
            case 5 -> {
                Set<String> set = new LinkedHashSet<>();
                for (int i = 0; i <= random.nextInt(4); i++) {
                    set.add("s" + random.nextInt(100));
                }
                yield AttributeValue.ss(set);
            }
            case 6 -> {
                Set<BigDecimal> set = new LinkedHashSet<>();
                for (int i = 0; i <= random.nextInt(4); i++) {
                    set.add(BigDecimal.valueOf(random.nextInt(1000), random.nextInt(5)));
                }
                yield AttributeValue.ns(set);
            }
            case 7 -> {
                Set<Bytes> set = new LinkedHashSet<>();
                for (int i = 0; i <= random.nextInt(4); i++) {
                    set.add(Bytes.wrap(new byte[] {(byte) random.nextInt(256)}));
                }
                yield AttributeValue.bs(set);
            }
            case 8 -> {
                List<AttributeValue> list = new ArrayList<>();
                for (int i = 0; i < random.nextInt(4); i++) {
                    list.add(randomValue(depth - 1));
                }
                yield AttributeValue.l(list);
            }
            default -> AttributeValue.m(randomItem(depth - 1).attributes());
        };
    }
}
