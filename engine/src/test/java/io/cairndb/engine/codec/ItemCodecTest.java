package io.cairndb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemCodecTest {
    private final RandomValues random = new RandomValues(42);

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
        return random.item(depth);
    }
}
