package io.cairndb.engine.expr.parse;

/** One token: its kind and its span {@code [start, end)} in the expression text. */
public record Token(TokenKind kind, int start, int end) {

    public String text(String source) {
        return kind == TokenKind.EOF ? "<EOF>" : source.substring(start, end);
    }

    /** True for an identifier equal to {@code keyword}, ignoring case, without allocating. */
    public boolean isKeyword(String source, String keyword) {
        return kind == TokenKind.IDENTIFIER && end - start == keyword.length()
                && source.regionMatches(true, start, keyword, 0, keyword.length());
    }
}
