package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.expr.eval.ValueSemantics;
import io.cairndb.engine.expr.parse.ReservedWords;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueSemanticsTest {

    @Test
    void stringOrderIsUtf8ByteOrder() {
        Random random = new Random(7);
        int[] pool = {'a', 'z', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff};
        for (int i = 0; i < 5000; i++) {
            String a = randomString(random, pool);
            String b = randomString(random, pool);
            int expected = Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                    b.getBytes(StandardCharsets.UTF_8)));
            assertThat(Integer.signum(ValueSemantics.compareUtf8(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
        }
    }

    private static String randomString(Random random, int[] pool) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    @Test
    void orderedTypesAreStringNumberBinaryOnly() {
        assertThat(ValueSemantics.ordered(s("a"), s("b"))).isTrue();
        assertThat(ValueSemantics.ordered(n(1), n(2))).isTrue();
        assertThat(ValueSemantics.ordered(b(1), b(2))).isTrue();
        assertThat(ValueSemantics.ordered(s("1"), n(1))).isFalse();
        assertThat(ValueSemantics.ordered(bool(true), bool(false))).isFalse();
        assertThat(ValueSemantics.ordered(l(), l())).isFalse();
        assertThat(ValueSemantics.ordered(null, n(1))).isFalse();
    }

    @Test
    void sizeOfEachType() {
        assertThat(ValueSemantics.size(s("abc"))).isEqualTo(n(3));
        assertThat(ValueSemantics.size(s(""))).isEqualTo(n(0));
        assertThat(ValueSemantics.size(b(1, 2))).isEqualTo(n(2));
        assertThat(ValueSemantics.size(ss("a", "b", "c"))).isEqualTo(n(3));
        assertThat(ValueSemantics.size(ns("1"))).isEqualTo(n(1));
        assertThat(ValueSemantics.size(bs(b(1), b(2)))).isEqualTo(n(2));
        assertThat(ValueSemantics.size(l(n(1), n(2)))).isEqualTo(n(2));
        assertThat(ValueSemantics.size(m("a", n(1)))).isEqualTo(n(1));
        assertThat(ValueSemantics.size(n(12345))).isNull();
        assertThat(ValueSemantics.size(bool(true))).isNull();
        assertThat(ValueSemantics.size(nul())).isNull();
        assertThat(ValueSemantics.size(null)).isNull();
    }

    @Test
    void containsOnEachContainer() {
        assertThat(ValueSemantics.contains(s("hello"), s("ell"))).isTrue();
        assertThat(ValueSemantics.contains(s("hello"), n(1))).isFalse();
        assertThat(ValueSemantics.contains(b(1, 2, 3), b(2, 3))).isTrue();
        assertThat(ValueSemantics.contains(ss("a"), s("a"))).isTrue();
        assertThat(ValueSemantics.contains(ns("1.0"), n(1))).isTrue();
        assertThat(ValueSemantics.contains(bs(b(1)), b(1))).isTrue();
        assertThat(ValueSemantics.contains(l(m("a", n(1))), m("a", n(1)))).isTrue();
        assertThat(ValueSemantics.contains(m("a", n(1)), s("a"))).isFalse();
        assertThat(ValueSemantics.contains(n(12), n(1))).isFalse();
    }

    @Test
    void describeRendersLikeDynamoDb() {
        assertThat(ValueSemantics.describe(n("1.50"))).isEqualTo("{N:1.5}");
        assertThat(ValueSemantics.describe(s("x"))).isEqualTo("{S:x}");
    }

    @Test
    void reservedWordsAreTheDocumentedListCaseInsensitive() {
        assertThat(ReservedWords.count()).isEqualTo(573);
        assertThat(ReservedWords.isReserved("select")).isTrue();
        assertThat(ReservedWords.isReserved("SeLeCt")).isTrue();
        assertThat(ReservedWords.isReserved("ABORT")).isTrue();
        assertThat(ReservedWords.isReserved("zone")).isTrue();
        assertThat(ReservedWords.isReserved("size")).isTrue();
        assertThat(ReservedWords.isReserved("name")).isTrue();
        assertThat(ReservedWords.isReserved("title")).isFalse();
        assertThat(ReservedWords.isReserved("pk")).isFalse();
    }
}
