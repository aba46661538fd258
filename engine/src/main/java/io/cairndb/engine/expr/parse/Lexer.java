package io.cairndb.engine.expr.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens with one hand-written pass (no regex). Never fails: a
 * character outside the language becomes an {@link TokenKind#UNKNOWN} token, so that the parser
 * reports it with DynamoDB's "Syntax error; token: ..., near: ..." message.
 */
public final class Lexer {
    private Lexer() {
    }

    public static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>(Math.max(8, source.length() / 3));
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (isLetter(c)) {
                i++;
                while (i < n && isWordChar(source.charAt(i))) {
                    i++;
                }
                kind = TokenKind.IDENTIFIER;
            } else if ((c == '#' || c == ':') && i + 1 < n && isWordChar(source.charAt(i + 1))) {
                i += 2;
                while (i < n && isWordChar(source.charAt(i))) {
                    i++;
                }
                kind = c == '#' ? TokenKind.NAME_PLACEHOLDER : TokenKind.VALUE_PLACEHOLDER;
            } else if (c >= '0' && c <= '9') {
                // DynamoDB lexes "01" as two integers, "0" and "1": a leading zero stands alone.
                i++;
                if (c != '0') {
                    while (i < n && isDigit(source.charAt(i))) {
                        i++;
                    }
                }
                kind = TokenKind.INTEGER;
            } else {
                i++;
                kind = switch (c) {
                    case '(' -> TokenKind.LPAREN;
                    case ')' -> TokenKind.RPAREN;
                    case '[' -> TokenKind.LBRACKET;
                    case ']' -> TokenKind.RBRACKET;
                    case ',' -> TokenKind.COMMA;
                    case '.' -> TokenKind.DOT;
                    case '=' -> TokenKind.EQ;
                    case '+' -> TokenKind.PLUS;
                    case '-' -> TokenKind.MINUS;
                    case '<' -> {
                        if (i < n && source.charAt(i) == '=') {
                            i++;
                            yield TokenKind.LE;
                        }
                        if (i < n && source.charAt(i) == '>') {
                            i++;
                            yield TokenKind.NE;
                        }
                        yield TokenKind.LT;
                    }
                    case '>' -> {
                        if (i < n && source.charAt(i) == '=') {
                            i++;
                            yield TokenKind.GE;
                        }
                        yield TokenKind.GT;
                    }
                    default -> {
                        if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(source.charAt(i))) {
                            i++;
                        }
                        yield TokenKind.UNKNOWN;
                    }
                };
            }
            tokens.add(new Token(kind, start, i));
        }
        tokens.add(new Token(TokenKind.EOF, n, n));
        return tokens;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
