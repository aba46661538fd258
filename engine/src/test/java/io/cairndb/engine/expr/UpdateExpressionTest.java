package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** UpdateExpression semantics on {@link Fixtures#richItem()}; results checked against DynamoDB Local. */
class UpdateExpressionTest {
    private static final Item ITEM = richItem();

    private static Item apply(String expression, Object... valuePairs) {
        return apply(ITEM, expression, valuePairs);
    }

    private static Item apply(Item item, String expression, Object... valuePairs) {
        Map<String, AttributeValue> values = valuePairs.length == 0 ? null : values(valuePairs);
        ExpressionCompiler compiler = new ExpressionCompiler(null, values);
        UpdateAction update = compiler.update(expression);
        compiler.checkAllUsed();
        return update.apply(item);
    }

    private static void assertApplyFails(String expression, String message, Object... valuePairs) {
        assertThatThrownBy(() -> apply(expression, valuePairs))
                .isInstanceOf(ValidationException.class).hasMessage(message);
    }

    // ---- SET ----

    @Test
    void setCreatesAndReplacesTopLevelAttributes() {
        Item out = apply("SET a = :v, s = :w", ":v", s("x"), ":w", n(2));
        assertThat(out.get("a")).isEqualTo(s("x"));
        assertThat(out.get("s")).isEqualTo(n(2));
        assertThat(out.get("n")).isEqualTo(n(5));
    }

    @Test
    void setReadsOperandsFromTheOriginalItem() {
        Item out = apply("SET s = n, n = s");
        assertThat(out.get("s")).isEqualTo(n(5));
        assertThat(out.get("n")).isEqualTo(s("str"));
    }

    @Test
    void arithmetic() {
        assertThat(apply("SET n = n + :d", ":d", n("2.5")).get("n")).isEqualTo(n("7.5"));
        assertThat(apply("SET n = n - :d", ":d", n(7)).get("n")).isEqualTo(n(-2));
        assertThat(apply("SET n = :d - n", ":d", n(7)).get("n")).isEqualTo(n(2));
        assertThat(apply("SET a = (:d + n)", ":d", n(1)).get("a")).isEqualTo(n(6));
        assertThat(apply("SET a = l[1] + m.x").get("a")).isEqualTo(n(2));
    }

    @Test
    void arithmeticIsExactAndNormalised() {
        Item out = apply("SET a = :x + :y", ":x", n("0.1"), ":y", n("0.2"));
        assertThat(((AttributeValue.Num) out.get("a")).canonical()).isEqualTo("0.3");
        out = apply("SET a = :x - :x", ":x", n("1.50"));
        assertThat(((AttributeValue.Num) out.get("a")).canonical()).isEqualTo("0");
    }

    @Test
    void arithmeticBeyond38DigitsFails() {
        assertApplyFails("SET n = n + :d", "DynamoDB only supports precision up to 38 digits",
                ":d", n("99999999999999999999999999999999999999"));
        assertApplyFails("SET n = :a + :b", "DynamoDB only supports precision up to 38 digits",
                ":a", n("1E+30"), ":b", n("1E-30"));
    }

    @Test
    void arithmeticBeyondTheRangeFails() {
        assertApplyFails("SET n = :a + :a",
                "Number overflow. Attempting to store a number with magnitude larger than supported range",
                ":a", n("9E+125"));
        assertApplyFails("SET n = :a - :b",
                "Number underflow. Attempting to store a number with magnitude smaller than supported range",
                ":a", n("2E-130"), ":b", n("1.9E-130"));
    }

    @Test
    void ifNotExists() {
        assertThat(apply("SET q = if_not_exists(q, :z) + :d", ":z", n(0), ":d", n(1)).get("q")).isEqualTo(n(1));
        assertThat(apply("SET n = if_not_exists(n, :z) + :d", ":z", n(0), ":d", n(1)).get("n")).isEqualTo(n(6));
        Item out = apply("SET a = if_not_exists(s, :v), b = if_not_exists(absent, :w)", ":v", s("x"), ":w", n(1));
        assertThat(out.get("a")).isEqualTo(s("str"));
        assertThat(out.get("b")).isEqualTo(n(1));
        assertThat(apply("SET a = if_not_exists(m.x, :v)", ":v", n(9)).get("a")).isEqualTo(n(1));
    }

    @Test
    void listAppend() {
        assertThat(apply("SET l = list_append(l, :x)", ":x", l(s("new"))).get("l"))
                .isEqualTo(l(n(0), n(1), m("x", n(2), "y", s("q")), s("new")));
        assertThat(apply("SET l = list_append(:x, l)", ":x", l(s("new"))).get("l"))
                .isEqualTo(l(s("new"), n(0), n(1), m("x", n(2), "y", s("q"))));
        assertThat(apply("SET a = list_append(if_not_exists(absent, :e), :x)", ":e", l(), ":x", l(n(1))).get("a"))
                .isEqualTo(l(n(1)));
    }

    @Test
    void setNestedMapKeysAndListElements() {
        assertThat(apply("SET l[1] = :x", ":x", s("new")).get("l"))
                .isEqualTo(l(n(0), s("new"), m("x", n(2), "y", s("q"))));
        assertThat(apply("SET l[2].x = :x", ":x", s("new")).get("l"))
                .isEqualTo(l(n(0), n(1), m("x", s("new"), "y", s("q"))));
        assertThat(apply("SET l[2].zz = :x", ":x", s("new")).get("l"))
                .isEqualTo(l(n(0), n(1), m("x", n(2), "y", s("q"), "zz", s("new"))));
        assertThat(apply("SET m.n.d[0] = :x", ":x", s("new")).get("m"))
                .isEqualTo(m("x", n(1), "n", m("d", l(s("new"), s("b")))));
        assertThat(apply("SET m.n.q = :x", ":x", s("new")).get("m"))
                .isEqualTo(m("x", n(1), "n", m("d", l(s("a"), s("b")), "q", s("new"))));
    }

    @Test
    void setPastTheEndOfAListAppends() {
        assertThat(apply("SET l[10] = :x", ":x", s("new")).get("l"))
                .isEqualTo(l(n(0), n(1), m("x", n(2), "y", s("q")), s("new")));
        assertThat(apply("SET l[7] = :v, l[9] = :w", ":v", s("x"), ":w", s("y")).get("l"))
                .isEqualTo(l(n(0), n(1), m("x", n(2), "y", s("q")), s("x"), s("y")));
    }

    @Test
    void setThroughAMissingOrWrongTypedParentFails() {
        String invalid = "The document path provided in the update expression is invalid for update";
        assertApplyFails("SET absent.q = :x", invalid, ":x", s("v"));
        assertApplyFails("SET m.absent.q = :x", invalid, ":x", s("v"));
        assertApplyFails("SET s.q = :x", invalid, ":x", s("v"));
        assertApplyFails("SET s[0] = :x", invalid, ":x", s("v"));
        assertApplyFails("SET absent[0] = :x", invalid, ":x", s("v"));
        assertApplyFails("SET m[0] = :x", invalid, ":x", s("v"));
        assertApplyFails("SET l.x = :x", invalid, ":x", s("v"));
        assertApplyFails("SET l[5].x = :x", invalid, ":x", s("v"));
    }

    @Test
    void evaluationErrors() {
        assertApplyFails("SET a = absent", "The provided expression refers to an attribute that does not exist in the item");
        assertApplyFails("SET a = m.absent + :d", "The provided expression refers to an attribute that does not exist in the item",
                ":d", n(1));
        assertApplyFails("SET a = s + n", "An operand in the update expression has an incorrect data type");
        assertApplyFails("SET l = list_append(l, s)", "An operand in the update expression has an incorrect data type");
    }

    // ---- REMOVE ----

    @Test
    void removeTopLevelAndNested() {
        assertThat(apply("REMOVE s, n, absent").attributes()).doesNotContainKeys("s", "n");
        assertThat(apply("REMOVE l[2].x").get("l")).isEqualTo(l(n(0), n(1), m("y", s("q"))));
        assertThat(apply("REMOVE m.n.d[0]").get("m")).isEqualTo(m("x", n(1), "n", m("d", l(s("b")))));
    }

    @Test
    void removeListElementsByOriginalIndex() {
        assertThat(apply("REMOVE l[0], l[2]").get("l")).isEqualTo(l(n(1)));
        assertThat(apply("REMOVE l[2], l[0]").get("l")).isEqualTo(l(n(1)));
        assertThat(apply("REMOVE l[5]").get("l")).isEqualTo(ITEM.get("l"));
        assertThat(apply("SET l[1] = :v REMOVE l[0]", ":v", s("x")).get("l"))
                .isEqualTo(l(s("x"), m("x", n(2), "y", s("q"))));
        assertThat(apply("SET l[1] = :x REMOVE l[0], l[2]", ":x", n(9)).get("l")).isEqualTo(l(n(9)));
    }

    @Test
    void removeThroughAMissingOrWrongTypedParentFails() {
        String invalid = "The document path provided in the update expression is invalid for update";
        assertApplyFails("REMOVE absent.b.c", invalid);
        assertApplyFails("REMOVE s.b", invalid);
        assertApplyFails("REMOVE s[1]", invalid);
    }

    // ---- ADD ----

    @Test
    void addToNumbers() {
        assertThat(apply("ADD n :d", ":d", n(1)).get("n")).isEqualTo(n(6));
        assertThat(apply("ADD n :d", ":d", n("-5")).get("n")).isEqualTo(n(0));
        assertThat(apply("ADD absent :d", ":d", n(1)).get("absent")).isEqualTo(n(1));
        Item out = apply("ADD m.y :d, l[1] :d", ":d", n(1));
        assertThat(out.get("m")).isEqualTo(m("x", n(1), "n", m("d", l(s("a"), s("b"))), "y", n(1)));
        assertThat(out.get("l")).isEqualTo(l(n(0), n(2), m("x", n(2), "y", s("q"))));
    }

    @Test
    void addToSets() {
        assertThat(apply("ADD ss :v", ":v", ss("b", "c")).get("ss")).isEqualTo(ss("a", "b", "c"));
        assertThat(apply("ADD ns :v", ":v", ns("2", "3.0")).get("ns")).isEqualTo(ns("1", "2", "3"));
        assertThat(apply("ADD bs :v", ":v", bs(b(1, 2), b(3, 4))).get("bs")).isEqualTo(bs(b(1, 2), b(3, 4)));
        assertThat(apply("ADD absent :v", ":v", ss("q")).get("absent")).isEqualTo(ss("q"));
    }

    @Test
    void addTypeMismatchesFail() {
        assertApplyFails("ADD ss :v", "An operand in the update expression has an incorrect data type", ":v", ns("1"));
        assertApplyFails("ADD s :v", "An operand in the update expression has an incorrect data type", ":v", n(1));
        assertApplyFails("ADD n :v", "An operand in the update expression has an incorrect data type", ":v", ss("a"));
        assertApplyFails("ADD m.absent.y :v", "The document path provided in the update expression is invalid for update",
                ":v", n(1));
        assertApplyFails("ADD n :v", "DynamoDB only supports precision up to 38 digits",
                ":v", n("99999999999999999999999999999999999999"));
    }

    // ---- DELETE ----

    @Test
    void deleteFromSets() {
        assertThat(apply("DELETE ss :v", ":v", ss("a")).get("ss")).isEqualTo(ss("b"));
        assertThat(apply("DELETE ss :v", ":v", ss("zz")).get("ss")).isEqualTo(ss("a", "b"));
        assertThat(apply("DELETE ns :v", ":v", ns("1.00")).get("ns")).isEqualTo(ns("2"));
        assertThat(apply("DELETE bs :v", ":v", bs(b(1, 2))).attributes()).doesNotContainKey("bs");
    }

    @Test
    void deletingEveryElementRemovesTheAttribute() {
        assertThat(apply("DELETE ss :v", ":v", ss("a", "b")).attributes()).doesNotContainKey("ss");
    }

    @Test
    void deleteFromAMissingAttributeDoesNothing() {
        assertThat(apply("DELETE absent :v", ":v", ns("1"))).isEqualTo(ITEM);
    }

    @Test
    void deleteTypeMismatchesFail() {
        assertApplyFails("DELETE ss :v", "An operand in the update expression has an incorrect data type", ":v", ns("1"));
        assertApplyFails("DELETE n :v", "An operand in the update expression has an incorrect data type", ":v", ns("1"));
    }

    // ---- which error DynamoDB reports when several actions fail (observed with DynamoDB Local) ----

    private static final String PATH = "The document path provided in the update expression is invalid for update";
    private static final String TYPE = "An operand in the update expression has an incorrect data type";
    private static final String MISSING = "The provided expression refers to an attribute that does not exist in the item";

    @Test
    void addAndDeleteTypeErrorsComeFirst() {
        assertApplyFails("ADD s.x :d, t :d", TYPE, ":d", n(1));
        assertApplyFails("ADD absent.x :d, t :d", TYPE, ":d", n(1));
        assertApplyFails("REMOVE s.x ADD t :d", TYPE, ":d", n(1));
        assertApplyFails("SET a = absent ADD t :d", TYPE, ":d", n(1));
    }

    @Test
    void wrongTypedParentsComeBeforeSetValues() {
        assertApplyFails("SET a = e - :d REMOVE s.x", PATH, ":d", n(1));
        assertApplyFails("SET a = e - :d, s.x = :d", PATH, ":d", n(1));
        assertApplyFails("SET a = absent, s.x = :d", PATH, ":d", n(1));
    }

    @Test
    void missingParentsOfSetTargetsComeBeforeTheirValues() {
        assertApplyFails("SET absent.y = e - :d", PATH, ":d", n(1));
    }

    @Test
    void missingParentsOfAnyActionAreInvalidPathsInTheWalkOrder() {
        assertApplyFails("SET a = e - :d REMOVE absent.x", PATH, ":d", n(1));
        assertApplyFails("SET a = absent ADD absent.x :d", PATH, ":d", n(1));
        assertApplyFails("REMOVE absent[1]", PATH);
        assertApplyFails("DELETE absent.x :s", PATH, ":s", ss("a"));
    }

    /**
     * DynamoDB Local walks the actions in the iteration order of HashMaps keyed by path elements, so
     * the names decide which failure is reported, not the kind of action: REMOVE X[1] on a missing
     * X (invalid path) against ADD Y :d on a string Y (wrong type), each pair observed both ways.
     */
    @Test
    void theFirstFailureInDynamoDbLocalsHashOrderIsReported() {
        Item strings = item("pk", s("k"), "m", s("x"), "n", s("x"), "o", s("x"), "p", s("x"), "l1", s("x"), "m1", s("x"),
                "a", s("x"), "b", s("x"), "zz", s("x"));
        String[][] removeAddWinner = {
                {"m", "n", "n"}, {"n", "m", "n"}, {"l1", "m1", "l1"}, {"m1", "l1", "l1"}, {"a", "b", "b"},
                {"b", "a", "b"}, {"zz", "a", "a"}, {"a", "zz", "a"}, {"o", "p", "p"}, {"p", "o", "p"}};
        for (String[] pair : removeAddWinner) {
            Item item = without(strings, pair[0]);
            String expression = "REMOVE " + pair[0] + "[1] ADD " + pair[1] + " :d";
            assertThatThrownBy(() -> apply(item, expression, ":d", n(1))).as(expression)
                    .hasMessage(pair[2].equals(pair[0]) ? PATH : TYPE);
        }
    }

    @Test
    void namesInOneHashBucketAreWalkedLastActionFirst() {
        // s2 and b1 share a bucket of DynamoDB Local's 16-bucket HashMap
        assertThatThrownBy(() -> apply(item("pk", s("k"), "s2", s("x")), "ADD s2 :d REMOVE b1[1]", ":d", n(1)))
                .hasMessage(PATH);
        assertThatThrownBy(() -> apply(item("pk", s("k"), "s2", s("x")), "REMOVE b1[1] ADD s2 :d", ":d", n(1)))
                .hasMessage(TYPE);
    }

    private static Item without(Item item, String name) {
        Map<String, AttributeValue> attributes = new java.util.LinkedHashMap<>(item.attributes());
        attributes.remove(name);
        return new Item(attributes);
    }

    // ---- UPDATED_OLD / UPDATED_NEW ----

    @Test
    void updatedAttributesAreWholeTopLevelAttributesWhoseUpdatedPathExists() {
        Item before = item("pk", s("k"), "l", l(n(1), n(2), n(3)), "m", m("a", n(1), "c", l(n(7), n(8))));
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", n(5)));
        UpdateAction update = compiler.update("SET m.c[5] = :v, l[1] = l[2]");
        Item after = update.apply(before);
        assertThat(update.updatedAttributes(before).attributes()).containsOnlyKeys("l");
        assertThat(update.updatedAttributes(after).attributes()).containsOnlyKeys("l");
        assertThat(update.updatedAttributes(after).get("l")).isEqualTo(l(n(1), n(3), n(3)));

        UpdateAction removal = compiler.update("REMOVE l[0], m.a");
        Item removed = removal.apply(before);
        assertThat(removal.updatedAttributes(before).attributes()).containsOnlyKeys("l", "m");
        assertThat(removal.updatedAttributes(removed).attributes()).containsOnlyKeys("l");

        UpdateAction pastTheEnd = compiler.update("REMOVE l[7]");
        assertThat(pastTheEnd.updatedAttributes(before).attributes()).isEmpty();
    }

    // ---- combinations ----

    @Test
    void allFourClausesInOneExpression() {
        Item out = apply("SET a = :v REMOVE s ADD n :d DELETE ss :del", ":v", s("x"), ":d", n(1), ":del", ss("a"));
        assertThat(out.get("a")).isEqualTo(s("x"));
        assertThat(out.attributes()).doesNotContainKey("s");
        assertThat(out.get("n")).isEqualTo(n(6));
        assertThat(out.get("ss")).isEqualTo(ss("b"));
    }

    @Test
    void clausesMayComeInAnyOrderAndAnyCase() {
        Item out = apply("remove s set a = :v", ":v", s("x"));
        assertThat(out.get("a")).isEqualTo(s("x"));
        assertThat(out.attributes()).doesNotContainKey("s");
    }

    @Test
    void applyingToJustTheKeyCreatesTheItem() {
        Item key = item("pk", s("k"));
        Item out = apply(key, "SET a = :v ADD c :d", ":v", s("x"), ":d", n(3));
        assertThat(out).isEqualTo(item("pk", s("k"), "a", s("x"), "c", n(3)));
    }

    @Test
    void theOriginalItemIsUntouched() {
        Item before = richItem();
        apply(before, "SET m.n.d[0] = :x REMOVE l[0] ADD ss :s", ":x", s("new"), ":s", ss("z"));
        assertThat(before).isEqualTo(richItem());
    }

    @Test
    void topLevelAttributesNameEveryWrittenAttribute() {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#k", "pk"), values(":v", n(1), ":s", ss("a")));
        UpdateAction update = compiler.update("SET a.b[1] = :v, #k = :v REMOVE c[0] ADD d :v DELETE e.f :s");
        assertThat(update.topLevelAttributes()).containsExactlyInAnyOrder("a", "pk", "c", "d", "e");
    }

    @Test
    void compiledUpdatesAreReusable() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":d", n(1)));
        UpdateAction update = compiler.update("ADD c :d");
        assertThat(update.apply(item("c", n(1))).get("c")).isEqualTo(n(2));
        assertThat(update.apply(item("c", n(10))).get("c")).isEqualTo(n(11));
    }
}
