package io.cairndb.engine.validate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemValidatorTest {

    @Test
    void itemOfExactly400KbIsAccepted() {
        // name "a" (1 byte) + string value: 409,600 bytes in total.
        Item item = new Item(Map.of("a", AttributeValue.s("x".repeat(400 * 1024 - 1))));
        assertThatCode(() -> ItemValidator.checkWholeItem(item)).doesNotThrowAnyException();
    }

    @Test
    void oneByteMoreIsTooLarge() {
        Item item = new Item(Map.of("a", AttributeValue.s("x".repeat(400 * 1024))));
        assertThatThrownBy(() -> ItemValidator.checkWholeItem(item))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void attributeNamesMustNotBeEmpty() {
        assertThatThrownBy(() -> ItemValidator.checkAttributeName(""))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Empty attribute name");
    }

    @Test
    void attributeNamesMayHave64KbButNotMore() {
        assertThatCode(() -> ItemValidator.checkAttributeName("n".repeat(65535))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ItemValidator.checkAttributeName("n".repeat(65536)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Attribute name exceeds the maximum size limit of 65535 bytes");
    }
}
