package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** REMOVE of several list indexes always means the original positions, whatever order they are written in. */
class ListRemovalPropertyTest {

    @Test
    void removingRandomIndexesMatchesTheReference() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int size = random.nextInt(8);
            List<AttributeValue> elements = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                elements.add(n(i));
            }
            TreeSet<Integer> indexes = new TreeSet<>();
            int count = 1 + random.nextInt(4);
            while (indexes.size() < count) {
                indexes.add(random.nextInt(10));
            }
            List<Integer> written = new ArrayList<>(indexes);
            java.util.Collections.shuffle(written, random);
            StringBuilder expr = new StringBuilder("REMOVE ");
            for (int i = 0; i < written.size(); i++) {
                expr.append(i == 0 ? "" : ", ").append("l[").append(written.get(i)).append(']');
            }
            List<AttributeValue> expected = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (!indexes.contains(i)) {
                    expected.add(n(i));
                }
            }
            Item out = new ExpressionCompiler(null, null).update(expr.toString()).apply(item("l", AttributeValue.l(elements)));
            assertThat(out.get("l")).as("%s on %s", expr, elements).isEqualTo(AttributeValue.l(expected));
        }
    }
}
