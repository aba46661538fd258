package io.cairndb.engine.expr.eval;

import io.cairndb.engine.model.AttributeType;

/** The long type names some DynamoDB messages use ("operand type: STRING"). */
public final class TypeNames {
    private TypeNames() {
    }

    public static String longName(AttributeType type) {
        return switch (type) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case BOOL -> "BOOLEAN";
            case NULL -> "NULL";
            case L -> "LIST";
            case M -> "MAP";
            case SS -> "STRING_SET";
            case NS -> "NUMBER_SET";
            case BS -> "BINARY_SET";
        };
    }
}
