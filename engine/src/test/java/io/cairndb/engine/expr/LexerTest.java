package io.cairndb.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.expr.parse.Lexer;
import io.cairndb.engine.expr.parse.Token;
import io.cairndb.engine.expr.parse.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<TokenKind> kinds(String source) {
        return Lexer.tokenize(source).stream().map(Token::kind).toList();
    }

    @Test
    void splitsEveryPunctuatorAndOperator() {
        assertThat(kinds("( ) [ ] , . = <> < <= > >= + -")).containsExactly(
                TokenKind.LPAREN, TokenKind.RPAREN, TokenKind.LBRACKET, TokenKind.RBRACKET, TokenKind.COMMA,
                TokenKind.DOT, TokenKind.EQ, TokenKind.NE, TokenKind.LT, TokenKind.LE, TokenKind.GT, TokenKind.GE,
                TokenKind.PLUS, TokenKind.MINUS, TokenKind.EOF);
    }

    @Test
    void operatorsNeedNoSpaces() {
        assertThat(kinds("a<=:b")).containsExactly(TokenKind.IDENTIFIER, TokenKind.LE, TokenKind.VALUE_PLACEHOLDER,
                TokenKind.EOF);
        assertThat(kinds("a<>b")).containsExactly(TokenKind.IDENTIFIER, TokenKind.NE, TokenKind.IDENTIFIER, TokenKind.EOF);
    }

    @Test
    void placeholdersAndNames() {
        String src = "#n_1.x_2[10] :v_9";
        List<Token> tokens = Lexer.tokenize(src);
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.NAME_PLACEHOLDER, TokenKind.DOT,
                TokenKind.IDENTIFIER, TokenKind.LBRACKET, TokenKind.INTEGER, TokenKind.RBRACKET,
                TokenKind.VALUE_PLACEHOLDER, TokenKind.EOF);
        assertThat(tokens.get(0).text(src)).isEqualTo("#n_1");
        assertThat(tokens.get(4).text(src)).isEqualTo("10");
        assertThat(tokens.get(6).text(src)).isEqualTo(":v_9");
    }

    @Test
    void leadingZeroIsItsOwnInteger() {
        String src = "01";
        assertThat(Lexer.tokenize(src)).extracting(t -> t.text(src)).containsExactly("0", "1", "<EOF>");
    }

    @Test
    void unknownCharactersBecomeSingleTokens() {
        assertThat(kinds("a @ _b")).containsExactly(TokenKind.IDENTIFIER, TokenKind.UNKNOWN, TokenKind.UNKNOWN,
                TokenKind.IDENTIFIER, TokenKind.EOF);
        assertThat(kinds("# :")).containsExactly(TokenKind.UNKNOWN, TokenKind.UNKNOWN, TokenKind.EOF);
    }

    @Test
    void surrogatePairIsOneUnknownToken() {
        String src = "\uD83D\uDE00";
        List<Token> tokens = Lexer.tokenize(src);
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(0).text(src)).isEqualTo(src);
    }

    @Test
    void whitespaceOfAllKindsSeparates() {
        assertThat(kinds(" a\tb\nc\r\n")).containsExactly(TokenKind.IDENTIFIER, TokenKind.IDENTIFIER,
                TokenKind.IDENTIFIER, TokenKind.EOF);
    }

    @Test
    void keywordMatchIgnoresCase() {
        String src = "aNd";
        assertThat(Lexer.tokenize(src).get(0).isKeyword(src, "AND")).isTrue();
        assertThat(Lexer.tokenize(src).get(0).isKeyword(src, "OR")).isFalse();
    }
}
