package io.cairndb.engine.expr.legacy;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.model.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AttributeUpdates and AttributesToGet; behaviour checked against DynamoDB Local. */
class LegacyUpdateTest {
    private static final Item KEY = item("pk", s("k"));

    private static Map<String, AttributeUpdateEntry> updates(Object... nameAndEntry) {
        Map<String, AttributeUpdateEntry> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndEntry.length; i += 2) {
            out.put((String) nameAndEntry[i], (AttributeUpdateEntry) nameAndEntry[i + 1]);
        }
        return out;
    }

    @Test
    void putAddDeleteOnANewItem() {
        UpdateAction u = LegacyConditions.attributeUpdates(updates(
                "a", AttributeUpdateEntry.delete(null),
                "b", AttributeUpdateEntry.add(l(n(1))),
                "c", new AttributeUpdateEntry(null, s("v"))));
        assertThat(u.apply(KEY)).isEqualTo(item("pk", s("k"), "b", l(n(1)), "c", s("v")));
        assertThat(u.topLevelAttributes()).containsExactly("a", "b", "c");
    }

    @Test
    void addAppendsToListsAddsNumbersAndUnionsSets() {
        Item before = item("pk", s("k"), "l", l(n(1)), "n", n(2), "ss", ss("a"));
        UpdateAction u = LegacyConditions.attributeUpdates(updates(
                "l", AttributeUpdateEntry.add(l(n(2))),
                "n", AttributeUpdateEntry.add(n(3)),
                "ss", AttributeUpdateEntry.add(ss("b"))));
        assertThat(u.apply(before)).isEqualTo(item("pk", s("k"), "l", l(n(1), n(2)), "n", n(5), "ss", ss("a", "b")));
    }

    @Test
    void deleteRemovesSetElementsAndEmptySetsDisappear() {
        Item before = item("pk", s("k"), "ss", ss("a", "b"), "ns", ns("1"));
        UpdateAction u = LegacyConditions.attributeUpdates(updates(
                "ss", AttributeUpdateEntry.delete(ss("a")),
                "ns", AttributeUpdateEntry.delete(ns("1")),
                "absent", AttributeUpdateEntry.delete(ss("q"))));
        assertThat(u.apply(before)).isEqualTo(item("pk", s("k"), "ss", ss("b")));
    }

    @Test
    void putReplaces() {
        UpdateAction u = LegacyConditions.attributeUpdates(updates("a", AttributeUpdateEntry.put(n(1))));
        assertThat(u.apply(item("pk", s("k"), "a", s("old")))).isEqualTo(item("pk", s("k"), "a", n(1)));
    }

    @Test
    void validationErrors() {
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("a", AttributeUpdateEntry.add(s("x")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: ADD action is not supported for the type STRING");
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("a", AttributeUpdateEntry.delete(n(1)))))
                .hasMessage("One or more parameter values were invalid: DELETE action with value is not supported for the type NUMBER");
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("a", AttributeUpdateEntry.put(null))))
                .hasMessage("One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified");
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("a", AttributeUpdateEntry.add(null))))
                .hasMessage("One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified");
    }

    @Test
    void typeMismatchesWhenApplying() {
        Item before = item("pk", s("k"), "l", l(), "ss", ss("a"));
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("l", AttributeUpdateEntry.add(n(2)))).apply(before))
                .hasMessage("Type mismatch for attribute to update");
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("ss", AttributeUpdateEntry.add(ns("1")))).apply(before))
                .hasMessage("Type mismatch for attribute to update");
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("ss", AttributeUpdateEntry.delete(ns("1")))).apply(before))
                .hasMessage("Type mismatch for attribute to update");
    }

    @Test
    void addChecksNumberLimits() {
        Item before = item("n", n("99999999999999999999999999999999999999"));
        assertThatThrownBy(() -> LegacyConditions.attributeUpdates(updates("n", AttributeUpdateEntry.add(n(5)))).apply(before))
                .hasMessage("DynamoDB only supports precision up to 38 digits");
    }

    @Test
    void attributesToGet() {
        Projection p = LegacyConditions.attributesToGet(List.of("s", "absent", "m"));
        assertThat(p.project(richItem())).isEqualTo(item("s", s("str"), "m", richItem().get("m")));
        assertThatThrownBy(() -> LegacyConditions.attributesToGet(List.of("a", "a")))
                .hasMessage("One or more parameter values were invalid: Duplicate value in attribute name: a");
    }

    @Test
    void attributesToGetTakesNamesLiterally() {
        // No expression parsing: dots, brackets and reserved words are plain characters of a name.
        Projection p = LegacyConditions.attributesToGet(List.of("a.b", "select"));
        Item item = item("a.b", n(1), "select", n(2), "a", m("b", n(3)));
        assertThat(p.project(item)).isEqualTo(item("a.b", n(1), "select", n(2)));
    }
}
