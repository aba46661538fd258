package io.cairndb.engine.expr.parse;

/** The lexical classes of DynamoDB's expression language. */
public enum TokenKind {
    /** A bare word: attribute name, keyword (AND, SET, ...) or function name. */
    IDENTIFIER,
    /** {@code #name}: a placeholder from ExpressionAttributeNames. */
    NAME_PLACEHOLDER,
    /** {@code :value}: a placeholder from ExpressionAttributeValues. */
    VALUE_PLACEHOLDER,
    /** An unsigned decimal integer, only meaningful as a list index. */
    INTEGER,
    LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT,
    EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
    /** Any other character: always a syntax error, reported with DynamoDB's message. */
    UNKNOWN,
    EOF
}
