package io.cairndb.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValidatorTest {
    private static final KeySchema HASH = KeySchema.hash(new KeyElement("pk", AttributeType.S));
    private static final KeySchema HASH_RANGE = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N));
    private static final KeySchema BINARY_RANGE = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.B));

    private static Item item(Object... nameValue) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put((String) nameValue[i], (AttributeValue) nameValue[i + 1]);
        }
        return new Item(map);
    }

    @Test
    void acceptsAMatchingKey() {
        Item key = item("pk", AttributeValue.s("a"), "sk", AttributeValue.n("1"));
        assertThat(KeyValidator.checkKey(HASH_RANGE, key)).isEqualTo(key);
    }

    @Test
    void keyWithWrongAttributesDoesNotMatchTheSchema() {
        for (Item key : new Item[] {
                Item.EMPTY,
                item("other", AttributeValue.s("a")),
                item("pk", AttributeValue.s("a"), "x", AttributeValue.s("b")),
        }) {
            assertThatThrownBy(() -> KeyValidator.checkKey(HASH, key))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("The provided key element does not match the schema");
        }
        assertThatThrownBy(() -> KeyValidator.checkKey(HASH_RANGE, item("pk", AttributeValue.s("a"))))
                .hasMessage("The provided key element does not match the schema");
    }

    @Test
    void keyAttributeOfTheWrongTypeIsATypeMismatch() {
        // DynamoDB Local's wording, verified against DynamoDB Local 2.6.1.
        for (Item key : new Item[] {
                item("pk", AttributeValue.n("1")),
                item("pk", AttributeValue.bool(true)),
        }) {
            assertThatThrownBy(() -> KeyValidator.checkKey(HASH, key))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("One or more parameter values were invalid: Type mismatch for key");
        }
        assertThatThrownBy(() -> KeyValidator.checkKey(HASH_RANGE, item("pk", AttributeValue.s("a"), "sk", AttributeValue.s("1"))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for key");
    }

    @Test
    void itemMissingAKeyAttributeNamesIt() {
        assertThatThrownBy(() -> KeyValidator.checkItemKey(HASH_RANGE, item("pk", AttributeValue.s("a"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Missing the key sk in the item");
    }

    @Test
    void itemKeyOfTheWrongTypeReportsBothTypes() {
        assertThatThrownBy(() -> KeyValidator.checkItemKey(HASH, item("pk", AttributeValue.n("1"))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    @Test
    void itemKeyIsReturnedInSchemaOrderWithoutOtherAttributes() {
        Item whole = item("x", AttributeValue.s("1"), "sk", AttributeValue.n("2"), "pk", AttributeValue.s("a"));
        assertThat(KeyValidator.checkItemKey(HASH_RANGE, whole).attributes().keySet()).containsExactly("pk", "sk");
    }

    @Test
    void emptyStringAndBinaryKeysAreRejected() {
        assertThatThrownBy(() -> KeyValidator.checkKey(HASH, item("pk", AttributeValue.s(""))))
                .hasMessage("One or more parameter values are not valid. The AttributeValue for a key attribute"
                        + " cannot contain an empty string value. Key: pk");
        assertThatThrownBy(() -> KeyValidator.checkItemKey(BINARY_RANGE,
                item("pk", AttributeValue.s("a"), "sk", AttributeValue.b(Bytes.EMPTY))))
                .hasMessage("One or more parameter values are not valid. The AttributeValue for a key attribute"
                        + " cannot contain an empty binary value. Key: sk");
    }

    @Test
    void partitionKeyMayHave2048BytesButNotMore() {
        assertThat(KeyValidator.checkKey(HASH, item("pk", AttributeValue.s("a".repeat(2048))))).isNotNull();
        assertThatThrownBy(() -> KeyValidator.checkKey(HASH, item("pk", AttributeValue.s("a".repeat(2049)))))
                .hasMessage("Hash primary key values must be under 2048 bytes, and range primary key values must be "
                        + "under 1024 bytes");
        // Counted in UTF-8 bytes: 683 three-byte characters are 2049 bytes.
        assertThatThrownBy(() -> KeyValidator.checkKey(HASH, item("pk", AttributeValue.s("\u20ac".repeat(683)))))
                .hasMessageStartingWith("Hash primary key values must be under 2048 bytes");
    }

    @Test
    void sortKeyMayHave1024BytesButNotMore() {
        KeySchema stringRange = KeySchema.hashAndRange(
                new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.S));
        assertThat(KeyValidator.checkKey(stringRange,
                item("pk", AttributeValue.s("a"), "sk", AttributeValue.s("b".repeat(1024))))).isNotNull();
        assertThatThrownBy(() -> KeyValidator.checkKey(stringRange,
                item("pk", AttributeValue.s("a"), "sk", AttributeValue.s("b".repeat(1025)))))
                .hasMessage("Hash primary key values must be under 2048 bytes, and range primary key values must be "
                        + "under 1024 bytes");
    }
}
