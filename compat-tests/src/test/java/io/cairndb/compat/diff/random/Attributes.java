package io.cairndb.compat.diff.random;

import java.util.List;

/**
 * The non-key attribute names the generator uses, each with the type it usually holds. Usual types
 * make conditions, arithmetic and set updates mostly succeed; the remaining share of other types
 * exercises DynamoDB's type-mismatch errors. None of the names is a reserved word, so expressions
 * can use them directly or through #placeholders.
 */
enum Attributes {
    N1("n1", "N"), N2("n2", "N"), S1("s1", "S"), S2("s2", "S"), B1("b1", "B"), T1("t1", "BOOL"), Z1("z1", "NULL"),
    L1("l1", "L"), M1("m1", "M"), SS1("ss1", "SS"), NS1("ns1", "NS"), BS1("bs1", "BS"), X1("x1", null);

    static final List<Attributes> ALL = List.of(values());

    final String attributeName;
    /** null: any type. */
    final String usualType;

    Attributes(String attributeName, String usualType) {
        this.attributeName = attributeName;
        this.usualType = usualType;
    }

    String typeFor(RandomValues values) {
        return usualType == null || values.chance(0.1) ? values.pick(RandomValues.ALL_TYPES) : usualType;
    }

    /** Paths into this attribute: itself, and for lists and maps an element or member. */
    String path(RandomValues values) {
        if (this == L1 && values.chance(0.4)) {
            return attributeName + "[" + values.random().nextInt(4) + "]";
        }
        if (this == M1 && values.chance(0.5)) {
            String member = values.pick(new String[] {"p", "q", "r", "s"});
            return values.chance(0.2) ? attributeName + "." + member + "[0]" : attributeName + "." + member;
        }
        return attributeName;
    }
}
