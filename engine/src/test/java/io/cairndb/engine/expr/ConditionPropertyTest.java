package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Seeded random conditions: each is generated as a tree with an independent reference
 * evaluator, printed with the fewest parentheses DynamoDB's precedence allows (plus some
 * optional ones), compiled, and evaluated on random items. Any disagreement is a parser,
 * precedence or semantics bug; the seed and expression are in the failure message.
 */
class ConditionPropertyTest {
    private static final String[] ATTRIBUTES = {"a", "b", "c"};

    /** A generated condition: its text, precedence (1 OR, 2 AND, 3 NOT, 4 atom) and reference semantics. */
    private record Gen(String text, int precedence, Predicate<Item> reference) {
    }

    private static final class Generator {
        final Random random;
        final Map<String, AttributeValue> values = new LinkedHashMap<>();

        Generator(long seed) {
            this.random = new Random(seed);
        }

        String value(AttributeValue v) {
            String name = ":v" + values.size();
            values.put(name, v);
            return name;
        }

        AttributeValue randomScalar() {
            return random.nextBoolean() ? n(random.nextInt(5)) : s(String.valueOf((char) ('a' + random.nextInt(4))));
        }

        Gen condition(int depth) {
            if (depth <= 0 || random.nextInt(3) == 0) {
                return atom();
            }
            return switch (random.nextInt(3)) {
                case 0 -> {
                    Gen inner = condition(depth - 1);
                    yield new Gen("NOT " + wrap(inner, 3), 3, inner.reference().negate());
                }
                case 1 -> {
                    Gen l = condition(depth - 1);
                    Gen r = condition(depth - 1);
                    yield new Gen(wrap(l, 2) + " AND " + wrap(r, 2), 2, l.reference().and(r.reference()));
                }
                default -> {
                    Gen l = condition(depth - 1);
                    Gen r = condition(depth - 1);
                    yield new Gen(wrap(l, 1) + " OR " + wrap(r, 1), 1, l.reference().or(r.reference()));
                }
            };
        }

        /** Parenthesises when precedence requires it, and sometimes when it does not. */
        String wrap(Gen g, int required) {
            boolean needed = g.precedence() < required;
            boolean optional = !g.text().startsWith("(") && random.nextInt(6) == 0;
            return needed || optional ? "(" + g.text() + ")" : g.text();
        }

        Gen atom() {
            String attr = ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
            switch (random.nextInt(7)) {
                case 0 -> {
                    return new Gen("attribute_exists(" + attr + ")", 4, item -> item.has(attr));
                }
                case 1 -> {
                    return new Gen("attribute_not_exists(" + attr + ")", 4, item -> !item.has(attr));
                }
                case 2 -> {
                    String prefix = String.valueOf((char) ('a' + random.nextInt(4)));
                    String p = value(s(prefix));
                    return new Gen("begins_with(" + attr + ", " + p + ")", 4,
                            item -> item.get(attr) instanceof AttributeValue.Str str && str.value().startsWith(prefix));
                }
                case 3 -> {
                    int lo = random.nextInt(5);
                    int hi = lo + random.nextInt(3);
                    String l = value(n(lo));
                    String h = value(n(hi));
                    return new Gen(attr + " BETWEEN " + l + " AND " + h, 4, item -> {
                        Integer v = intOf(item.get(attr));
                        return v != null && v >= lo && v <= hi;
                    });
                }
                case 4 -> {
                    AttributeValue x = randomScalar();
                    AttributeValue y = randomScalar();
                    String text = attr + " IN (" + value(x) + ", " + value(y) + ")";
                    return new Gen(text, 4, item -> x.equals(item.get(attr)) || y.equals(item.get(attr)));
                }
                default -> {
                    String[] ops = {"=", "<>", "<", "<=", ">", ">="};
                    String op = ops[random.nextInt(ops.length)];
                    AttributeValue v = randomScalar();
                    return new Gen(attr + " " + op + " " + value(v), 4, item -> compare(item.get(attr), op, v));
                }
            }
        }
    }

    private static Integer intOf(AttributeValue v) {
        return v instanceof AttributeValue.Num num ? num.value().intValueExact() : null;
    }

    /** Reference semantics for small ints and one-letter ASCII strings. */
    private static boolean compare(AttributeValue actual, String op, AttributeValue expected) {
        if (op.equals("<>")) {
            return !expected.equals(actual);
        }
        if (actual == null || actual.type() != expected.type()) {
            return false;
        }
        int c = actual instanceof AttributeValue.Num a
                ? a.value().compareTo(((AttributeValue.Num) expected).value())
                : ((AttributeValue.Str) actual).value().compareTo(((AttributeValue.Str) expected).value());
        return switch (op) {
            case "=" -> c == 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static Item randomItem(Random random) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (String attr : ATTRIBUTES) {
            switch (random.nextInt(4)) {
                case 0 -> { }
                case 1 -> attributes.put(attr, s(String.valueOf((char) ('a' + random.nextInt(4)))));
                case 2 -> attributes.put(attr, l(n(1)));
                default -> attributes.put(attr, n(random.nextInt(5)));
            }
        }
        return new Item(attributes);
    }

    @Test
    void randomConditionsAgreeWithTheReference() {
        Random items = new Random(42);
        List<Item> sample = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sample.add(randomItem(items));
        }
        for (long seed = 0; seed < 400; seed++) {
            Generator generator = new Generator(seed);
            Gen gen = generator.condition(4);
            ExpressionCompiler compiler = new ExpressionCompiler(null,
                    generator.values.isEmpty() ? null : generator.values);
            Condition compiled = compiler.condition(gen.text());
            compiler.checkAllUsed();
            for (Item item : sample) {
                assertThat(compiled.test(item))
                        .as("seed %d: %s on %s", seed, gen.text(), item)
                        .isEqualTo(gen.reference().test(item));
            }
        }
    }
}
