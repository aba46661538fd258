package io.cairndb.engine.expr.parse;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.ExpressionType;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathElement;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.size.ItemSize;
import java.util.ArrayList;
import java.util.List;

/**
 * What every expression parser shares: the token cursor, DynamoDB's syntax-error message,
 * document paths, placeholders and the limits.
 *
 * <p>Errors are reported in DynamoDB's order (as DynamoDB Local shows it): syntax errors are
 * thrown at once; semantic errors are remembered and thrown once the whole expression parsed, so
 * a syntax error later in the text wins. Among semantic errors, the first reserved word comes
 * first; then, within a scope, undefined placeholders before everything else (operand types,
 * functions, limits), each in text order. Update expressions validate their actions last to
 * first, so there each action is a scope and the last action with an error wins; and they check
 * their paths for overlaps before errors about values (undefined values, operand types), see
 * {@link #finishBeforePathChecks()}.
 */
abstract class ParserBase {
    static final int MAX_EXPRESSION_BYTES = 4096;
    static final int MAX_OPERATORS = 300;
    static final int MAX_PATH_DEPTH = 32;

    protected final String source;
    protected final ExpressionType type;
    protected final Placeholders placeholders;
    private final List<Token> tokens;
    /** Every document path parsed, in text order (for checks on the paths an expression reads). */
    protected final List<Path> paths = new ArrayList<>(4);
    private int position;
    private int operators;
    /**
     * An error in the shape of the expression (redundant parentheses): reported before every other
     * semantic error, reserved words included (observed with DynamoDB Local).
     */
    private ValidationException shapeError;
    /**
     * The first reserved word used as a name, or function not allowed in an update: reported
     * before any other semantic error but shape errors.
     */
    private ValidationException overridingError;
    /** The most important error of the current scope (lowest rank, then first in text). */
    private ValidationException scopeError;
    private int scopeErrorRank = Integer.MAX_VALUE;
    /** With action scopes (updates): the error of the last action that had one. */
    private ValidationException lastActionError;

    /** The recorded errors that are about values: reported after an update's path overlaps. */
    private List<ValidationException> valueErrors;

    /** Ranks of semantic errors within a scope: lower is reported first. */
    private static final int UNDEFINED_PLACEHOLDER = 1;
    private static final int OTHER = 2;

    ParserBase(String source, ExpressionType type, Placeholders placeholders) {
        this.source = source;
        this.type = type;
        this.placeholders = placeholders;
        if (source.isEmpty()) {
            throw type.invalid("The expression can not be empty;");
        }
        int bytes = ItemSize.utf8Length(source);
        if (bytes > MAX_EXPRESSION_BYTES) {
            throw type.invalid("Expression size has exceeded the maximum allowed size; expression size: " + bytes);
        }
        this.tokens = Lexer.tokenize(source);
    }

    // ---- cursor ----

    protected final Token peek() {
        return tokens.get(position);
    }

    protected final Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    protected final boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    protected final boolean atKeyword(String keyword) {
        return peek().isKeyword(source, keyword);
    }

    protected final Token next() {
        Token token = tokens.get(position);
        if (token.kind() != TokenKind.EOF) {
            position++;
        }
        return token;
    }

    protected final Token expect(TokenKind kind) {
        if (!at(kind)) {
            throw syntaxError();
        }
        return next();
    }

    protected final void expectKeyword(String keyword) {
        if (!atKeyword(keyword)) {
            throw syntaxError();
        }
        next();
    }

    protected final void expectEnd() {
        if (!at(TokenKind.EOF)) {
            throw syntaxError();
        }
    }

    protected final String text(Token token) {
        return token.text(source);
    }

    /**
     * DynamoDB's syntax error at the current token: "near" spans from the previous token to the
     * next one, e.g. {@code token: "c", near: "b c d"}.
     */
    protected final ValidationException syntaxError() {
        Token bad = peek();
        int from = position > 0 ? tokens.get(position - 1).start() : 0;
        int to = bad.kind() == TokenKind.EOF ? source.length() : peek(1).end();
        if (peek(1).kind() == TokenKind.EOF) {
            to = Math.max(to, bad.end());
        }
        return type.invalid("Syntax error; token: \"" + text(bad) + "\", near: \"" + source.substring(from, to) + "\"");
    }

    // ---- semantic errors and limits ----

    /** Records a semantic error, thrown by {@link #finish()} if it is the one DynamoDB reports. */
    protected final void semanticError(String detail) {
        semanticError(OTHER, detail);
    }

    /** @return whether the error is now the scope's error */
    private boolean semanticError(int rank, String detail) {
        if (rank < scopeErrorRank) {
            scopeError = type.invalid(detail);
            scopeErrorRank = rank;
            return true;
        }
        return false;
    }

    /** Records a semantic error about a value (its definition or type), see {@link #finishBeforePathChecks()}. */
    protected final void valueError(String detail) {
        valueError(OTHER, detail);
    }

    private void valueError(int rank, String detail) {
        if (semanticError(rank, detail)) {
            if (valueErrors == null) {
                valueErrors = new ArrayList<>(2);
            }
            valueErrors.add(scopeError);
        }
    }

    /** Records an error in the expression's shape, reported before all other semantic errors (the first wins). */
    protected final void shapeError(String detail) {
        if (shapeError == null) {
            shapeError = type.invalid(detail);
        }
    }

    /** Records an error that DynamoDB reports before all other semantic errors but shape errors (the first wins). */
    protected final void overridingError(String detail) {
        if (overridingError == null) {
            overridingError = type.invalid(detail);
        }
    }

    /** Ends the scope of one update action: its error, if any, replaces earlier actions' errors. */
    protected final void endActionScope() {
        if (scopeError != null) {
            lastActionError = scopeError;
            scopeError = null;
            scopeErrorRank = Integer.MAX_VALUE;
        }
    }

    /** Call after the last token: throws the semantic error DynamoDB would report, if any. */
    protected final void finish() {
        expectEnd();
        ValidationException pending = pendingError();
        if (pending != null) {
            throw pending;
        }
    }

    /**
     * For update expressions, before their paths are checked for overlaps: throws the semantic
     * error {@link #finish()} would throw unless it is about a value, which DynamoDB Local reports
     * only after overlapping paths (e.g. {@code SET a = :undefined, a = :v} is an overlap, while
     * {@code SET #undefined = :v, a = :v} is an undefined name).
     */
    protected final void finishBeforePathChecks() {
        expectEnd();
        ValidationException pending = pendingError();
        if (pending != null && (valueErrors == null || valueErrors.stream().noneMatch(e -> e == pending))) {
            throw pending;
        }
    }

    private ValidationException pendingError() {
        if (shapeError != null) {
            return shapeError;
        }
        if (overridingError != null) {
            return overridingError;
        }
        return scopeError != null ? scopeError : lastActionError;
    }

    protected final void countOperator() {
        if (++operators > MAX_OPERATORS) {
            throw type.invalid("The expression contains too many operators; operator count: " + operators);
        }
    }

    protected final void incorrectOperandType(String operator, AttributeType operandType) {
        if (operandType != null) {
            valueError("Incorrect operand type for operator or function; operator or function: " + operator
                    + ", operand type: " + operandType.wireName());
        }
    }

    // ---- terms ----

    /** A {@code :value} token's value, or null (with a semantic error) when undefined. */
    protected final AttributeValue valueOf(Token token) {
        String placeholder = text(token);
        AttributeValue value = placeholders.value(placeholder);
        if (value == null) {
            valueError(UNDEFINED_PLACEHOLDER,
                    "An expression attribute value used in expression is not defined; attribute value: " + placeholder);
        }
        return value;
    }

    /** Words the grammar itself uses (AND, SET, ...): they can never be attribute names. */
    protected boolean isGrammarKeyword(Token token) {
        return false;
    }

    /** True when the current token can start a document path. */
    protected final boolean atPathStart() {
        return at(TokenKind.IDENTIFIER) || at(TokenKind.NAME_PLACEHOLDER);
    }

    /** {@code name ( '.' name | '[' index ']' )*} with placeholders substituted. */
    protected final Path parsePath() {
        List<PathElement> elements = new ArrayList<>(4);
        elements.add(new PathElement.Field(pathName()));
        while (true) {
            if (at(TokenKind.DOT)) {
                next();
                elements.add(new PathElement.Field(pathName()));
            } else if (at(TokenKind.LBRACKET)) {
                next();
                Token index = expect(TokenKind.INTEGER);
                expect(TokenKind.RBRACKET);
                elements.add(new PathElement.Index(listIndex(index)));
            } else {
                break;
            }
        }
        if (elements.size() > MAX_PATH_DEPTH) {
            semanticError("The document path has too many nesting levels; nesting levels: " + elements.size());
        }
        Path path = new Path(elements);
        paths.add(path);
        return path;
    }

    private String pathName() {
        Token token = peek();
        if (token.kind() == TokenKind.NAME_PLACEHOLDER) {
            next();
            String placeholder = text(token);
            String name = placeholders.name(placeholder);
            if (name == null) {
                semanticError(UNDEFINED_PLACEHOLDER,
                        "An expression attribute name used in the document path is not defined; attribute name: "
                                + placeholder);
                return placeholder;
            }
            return name;
        }
        if (token.kind() != TokenKind.IDENTIFIER || isGrammarKeyword(token)) {
            throw syntaxError();
        }
        next();
        String name = text(token);
        if (ReservedWords.isReserved(name)) {
            overridingError("Attribute name is a reserved keyword; reserved keyword: " + name);
        }
        return name;
    }

    private int listIndex(Token token) {
        String digits = text(token);
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            semanticError("List index is not within the allowable range; index: [" + digits + "]");
            return 0;
        }
        return Integer.parseInt(digits);
    }
}
