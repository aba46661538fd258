package io.cairndb.engine.codec;

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

/** Seeded random attribute values and items of every type, nested, for codec round trips. */
public final class RandomValues {
    private final Random random;

    public RandomValues(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public Item item(int depth) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            attributes.put("a" + random.nextInt(1000), value(depth));
        }
        return Item.of(attributes);
    }

    public AttributeValue value(int depth) {
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
                    list.add(value(depth - 1));
                }
                yield AttributeValue.l(list);
            }
            default -> AttributeValue.m(item(depth - 1).attributes());
        };
    }
}
