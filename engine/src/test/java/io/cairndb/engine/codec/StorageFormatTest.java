package io.cairndb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden bytes of the on-disk formats. Data written by one version must stay readable and keys
 * must keep their order, so any change here is a format change: bump the item format version or
 * migrate, never just update the expected bytes.
 */
class StorageFormatTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void numberKeysHaveAStableEncoding() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("0", "02");
        expected.put("1", "03820b");
        expected.put("-1", "017df4ff");
        expected.put("12.5", "03830d33");
        expected.put("-12.5", "017cf2ccff");
        expected.put("1e-130", "03000b");
        expected.put("9.9999999999999999999999999999999999999E+125", "03ff" + "64".repeat(19));
        expected.forEach((number, hex) ->
                assertThat(HEX.formatHex(KeyCodec.encodeValue(AttributeValue.n(number)))).as(number).isEqualTo(hex));
    }

    @Test
    void itemKeysHaveAStableLayout() {
        KeyCodec codec = new KeyCodec(KeySchema.hashAndRange(
                new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N)));
        byte[] key = codec.itemKey(5, Item.of(Map.of("pk", AttributeValue.s("user1"), "sk", AttributeValue.n("-12.5"))));
        assertThat(HEX.formatHex(key)).isEqualTo(
                "0000000000000005" // table number
                        + "63edb0950fc8c927" // XXH64("user1")
                        + "0005" + "7573657231" // partition key length and bytes
                        + "017cf2ccff"); // sort key -12.5
    }

    @Test
    void itemsHaveAStableEncoding() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("s", AttributeValue.s("hi"));
        attributes.put("n", AttributeValue.n("-1.5"));
        attributes.put("l", AttributeValue.l(List.of(AttributeValue.bool(true), AttributeValue.nul())));
        attributes.put("ns", AttributeValue.ns(new LinkedHashSet<>(List.of(new BigDecimal("123456789012345678901234567890")))));
        byte[] encoded = ItemCodec.encode(Item.of(attributes));
        assertThat(HEX.formatHex(encoded)).isEqualTo(
                "01" + "04" // version, attribute count
                        + "0173" + "01" + "026869" // s: S "hi"
                        + "016e" + "02" + "00" + "1d" + "02" // n: N, long form, zigzag(-15), zigzag(scale 1)
                        + "016c" + "07" + "02" + "04" + "06" // l: L of TRUE, NULL
                        + "026e73" + "0a" + "01" + "01" + "0c" + "27e41b3246bec9b16e398115" + "01"); // ns: big form, scale -1
        assertThat(ItemCodec.decode(encoded)).isEqualTo(Item.of(attributes));
    }
}
