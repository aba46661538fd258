package io.cairndb.engine.expr.parse;

import io.cairndb.engine.expr.ExpressionType;
import io.cairndb.engine.expr.ast.ConditionNode;
import io.cairndb.engine.expr.ast.ConditionNode.Comparator;
import io.cairndb.engine.expr.ast.Operand;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.eval.ValueSemantics;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for condition, filter and key-condition expressions. Precedence,
 * loosest first, as DynamoDB documents it: OR, AND, NOT, then comparisons / BETWEEN / IN /
 * functions, with parentheses overriding.
 *
 * <pre>
 * or        := and ( OR and )*
 * and       := not ( AND not )*
 * not       := NOT not | predicate
 * predicate := term ( comparator term | BETWEEN term AND term | IN '(' term (',' term)* ')' )?
 * term      := '(' or ')' | function '(' term (',' term)* ')' | path | :value
 * </pre>
 */
public final class ConditionParser extends ParserBase {
    static final int MAX_IN_OPERANDS = 100;
    /** Takes the place of a node that failed a semantic check; the error is thrown before it is used. */
    private static final ConditionNode STAND_IN = new ConditionNode.AttributeExists(Path.of("?"));

    /** A parse result: a condition or operand, with its function name (if a call) and parentheses. */
    private record Term(Object node, String function, boolean parenthesized) {
        static Term of(Object node) {
            return new Term(node, null, false);
        }
    }

    private ConditionParser(String source, ExpressionType type, Placeholders placeholders) {
        super(source, type, placeholders);
    }

    /** Parses a ConditionExpression, FilterExpression or KeyConditionExpression. */
    public static ConditionNode parse(String source, ExpressionType type, Placeholders placeholders) {
        return parseWithPaths(source, type, placeholders).root();
    }

    /** A parsed condition and every document path it reads, in text order. */
    public record Parsed(ConditionNode root, List<Path> paths) {
    }

    public static Parsed parseWithPaths(String source, ExpressionType type, Placeholders placeholders) {
        ConditionParser parser = new ConditionParser(source, type, placeholders);
        Term term = parser.parseOr();
        ConditionNode condition = parser.condition(term);
        parser.finish();
        return new Parsed(condition, parser.paths);
    }

    @Override
    protected boolean isGrammarKeyword(Token token) {
        return token.isKeyword(source, "AND") || token.isKeyword(source, "OR") || token.isKeyword(source, "NOT")
                || token.isKeyword(source, "BETWEEN") || token.isKeyword(source, "IN");
    }

    private Term parseOr() {
        Term left = parseAnd();
        while (atKeyword("OR")) {
            ConditionNode l = condition(left);
            next();
            countOperator();
            ConditionNode r = condition(parseAnd());
            left = Term.of(new ConditionNode.Or(l, r));
        }
        return left;
    }

    private Term parseAnd() {
        Term left = parseNot();
        while (atKeyword("AND")) {
            ConditionNode l = condition(left);
            next();
            countOperator();
            ConditionNode r = condition(parseNot());
            left = Term.of(new ConditionNode.And(l, r));
        }
        return left;
    }

    private Term parseNot() {
        if (atKeyword("NOT")) {
            next();
            countOperator();
            return Term.of(new ConditionNode.Not(condition(parseNot())));
        }
        return parsePredicate();
    }

    private Term parsePredicate() {
        Term left = parseTerm();
        Comparator comparator = comparatorAt();
        if (comparator != null) {
            Operand l = operand(left);
            next();
            countOperator();
            Operand r = operand(parseTerm());
            checkComparison(comparator, l, r);
            return Term.of(new ConditionNode.Comparison(comparator, l, r));
        }
        if (atKeyword("BETWEEN")) {
            Operand value = operand(left);
            next();
            countOperator();
            Operand low = operand(parseTerm());
            expectKeyword("AND");
            Operand high = operand(parseTerm());
            checkBetween(value, low, high);
            return Term.of(new ConditionNode.Between(value, low, high));
        }
        if (atKeyword("IN")) {
            Operand value = operand(left);
            next();
            countOperator();
            expect(TokenKind.LPAREN);
            List<Operand> candidates = new ArrayList<>();
            candidates.add(operand(parseTerm()));
            while (at(TokenKind.COMMA)) {
                next();
                candidates.add(operand(parseTerm()));
            }
            expect(TokenKind.RPAREN);
            if (candidates.size() > MAX_IN_OPERANDS) {
                semanticError("The IN operator is provided with too many operands; number of operands: "
                        + candidates.size());
            }
            checkDistinctFirst("IN", value, candidates);
            return Term.of(new ConditionNode.In(value, candidates));
        }
        return left;
    }

    private Term parseTerm() {
        if (at(TokenKind.LPAREN)) {
            next();
            Term inner = parseOr();
            expect(TokenKind.RPAREN);
            if (inner.parenthesized()) {
                shapeError("The expression has redundant parentheses;");
            }
            return new Term(inner.node(), inner.function(), true);
        }
        if (at(TokenKind.IDENTIFIER) && peek(1).kind() == TokenKind.LPAREN) {
            return parseFunction();
        }
        if (at(TokenKind.VALUE_PLACEHOLDER)) {
            String placeholder = text(peek());
            AttributeValue value = valueOf(next());
            return Term.of(new Operand.Constant(placeholder, value));
        }
        if (atPathStart()) {
            return Term.of(new Operand.PathOperand(parsePath()));
        }
        throw syntaxError();
    }

    private Term parseFunction() {
        String name = text(next());
        next(); // '('
        countOperator();
        List<Operand> args = new ArrayList<>(2);
        args.add(operand(parseTerm()));
        while (at(TokenKind.COMMA)) {
            next();
            args.add(operand(parseTerm()));
        }
        expect(TokenKind.RPAREN);
        Object node = switch (name) {
            case "attribute_exists" -> arity(name, args, 1)
                    ? new ConditionNode.AttributeExists(pathArgument(name, args.get(0))) : null;
            case "attribute_not_exists" -> arity(name, args, 1)
                    ? new ConditionNode.AttributeNotExists(pathArgument(name, args.get(0))) : null;
            case "attribute_type" -> arity(name, args, 2) ? attributeType(args) : null;
            case "begins_with" -> arity(name, args, 2) ? beginsWith(args) : null;
            case "contains" -> arity(name, args, 2) ? contains(args) : null;
            case "size" -> arity(name, args, 1) ? size(args.get(0)) : null;
            case "if_not_exists", "list_append" -> {
                semanticError("The function is not allowed in a condition expression; function: " + name);
                yield null;
            }
            default -> {
                semanticError("Invalid function name; function: " + name);
                yield null;
            }
        };
        // After a semantic error the node is a stand-in: the error is thrown before any use.
        if (node == null) {
            node = name.equals("size") ? new Operand.Size(args.get(0)) : STAND_IN;
        }
        return new Term(node, name, false);
    }

    private boolean arity(String name, List<Operand> args, int expected) {
        if (args.size() != expected) {
            semanticError("Incorrect number of operands for operator or function; operator or function: " + name
                    + ", number of operands: " + args.size());
            return false;
        }
        return true;
    }

    private Path pathArgument(String function, Operand operand) {
        if (operand instanceof Operand.PathOperand p) {
            return p.path();
        }
        semanticError("Operator or function requires a document path; operator or function: " + function);
        return Path.of("?");
    }

    private ConditionNode attributeType(List<Operand> args) {
        Path path = pathArgument("attribute_type", args.get(0));
        Operand typeOperand = args.get(1);
        AttributeType attributeType = null;
        if (typeOperand instanceof Operand.Constant constant) {
            AttributeValue value = constant.value();
            if (value instanceof AttributeValue.Str s) {
                attributeType = typeNamed(s.value());
                if (attributeType == null) {
                    semanticError("Invalid attribute type name found; type: " + s.value()
                            + ", valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}");
                }
            } else {
                incorrectOperandType("attribute_type", value == null ? null : value.type());
            }
        } else {
            semanticError("Incorrect operand type for operator or function; operator or function: attribute_type, "
                    + "operand type: {HD,NS,INTSET,DOUBLE,N,DICT,B,DOUBLESET,DECIMALSET,HDS,L,M,FS,BS,FLOAT,S,SS,NULL,"
                    + "BOOL,INT,DECIMAL}");
        }
        return new ConditionNode.AttributeTypeIs(path, attributeType);
    }

    private static AttributeType typeNamed(String name) {
        for (AttributeType t : AttributeType.values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    private ConditionNode beginsWith(List<Operand> args) {
        for (Operand arg : args) {
            AttributeType t = arg.staticType();
            if (t != null && t != AttributeType.S && t != AttributeType.B) {
                incorrectOperandType("begins_with", t);
            }
        }
        checkDistinctFirst("begins_with", args.get(0), args.subList(1, 2));
        return new ConditionNode.BeginsWith(args.get(0), args.get(1));
    }

    private ConditionNode contains(List<Operand> args) {
        checkDistinctFirst("contains", args.get(0), args.subList(1, 2));
        return new ConditionNode.Contains(args.get(0), args.get(1));
    }

    private Operand size(Operand argument) {
        if (argument instanceof Operand.Constant c && c.value() != null && !ValueSemantics.hasSize(c.value().type())) {
            incorrectOperandType("size", c.value().type());
        } else if (argument instanceof Operand.Size) {
            incorrectOperandType("size", AttributeType.N);
        }
        return new Operand.Size(argument);
    }

    // ---- checks DynamoDB makes at compile time ----

    private void checkComparison(Comparator comparator, Operand left, Operand right) {
        if (comparator.isOrdering()) {
            checkOrderable(comparator.symbol(), left);
            checkOrderable(comparator.symbol(), right);
        }
        checkDistinctFirst(comparator.symbol(), left, List.of(right));
    }

    private void checkOrderable(String operator, Operand operand) {
        if (operand instanceof Operand.Constant c && c.value() != null && !c.value().type().isScalarKeyType()) {
            incorrectOperandType(operator, c.value().type());
        }
    }

    private void checkBetween(Operand value, Operand low, Operand high) {
        checkOrderable("BETWEEN", value);
        checkOrderable("BETWEEN", low);
        checkOrderable("BETWEEN", high);
        checkDistinctFirst("BETWEEN", value, List.of(low, high));
        if (low instanceof Operand.Constant lc && high instanceof Operand.Constant hc
                && lc.value() != null && hc.value() != null) {
            if (lc.value().type() != hc.value().type()) {
                semanticError("The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: "
                        + "AttributeValue: " + ValueSemantics.describe(lc.value()) + ", upper bound operand: AttributeValue: "
                        + ValueSemantics.describe(hc.value()));
            } else if (ValueSemantics.ordered(lc.value(), hc.value())
                    && ValueSemantics.compare(lc.value(), hc.value()) > 0) {
                semanticError("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                        + "lower bound operand: AttributeValue: " + ValueSemantics.describe(lc.value())
                        + ", upper bound operand: AttributeValue: " + ValueSemantics.describe(hc.value()));
            }
        }
    }

    /** DynamoDB rejects {@code a = a}: a path compared with itself. */
    private void checkDistinctFirst(String operator, Operand first, List<Operand> rest) {
        if (first instanceof Operand.PathOperand p) {
            for (Operand other : rest) {
                if (other instanceof Operand.PathOperand q && q.path().equals(p.path())) {
                    semanticError("The first operand must be distinct from the remaining operands for this operator or "
                            + "function; operator: " + operator + ", first operand: " + p.path());
                    return;
                }
            }
        }
    }

    // ---- conversions between terms ----

    private Comparator comparatorAt() {
        return switch (peek().kind()) {
            case EQ -> Comparator.EQ;
            case NE -> Comparator.NE;
            case LT -> Comparator.LT;
            case LE -> Comparator.LE;
            case GT -> Comparator.GT;
            case GE -> Comparator.GE;
            default -> null;
        };
    }

    /** The term as a condition; an operand where a condition belongs is a syntax error (or a misused size). */
    private ConditionNode condition(Term term) {
        if (term.node() instanceof ConditionNode c) {
            return c;
        }
        if (term.function() != null) {
            semanticError("The function is not allowed to be used this way in an expression; function: " + term.function());
            return STAND_IN;
        }
        throw syntaxError();
    }

    /** The term as an operand; a condition where an operand belongs is a syntax error (or a misused function). */
    private Operand operand(Term term) {
        if (term.node() instanceof Operand o) {
            return o;
        }
        if (term.function() != null) {
            semanticError("The function is not allowed to be used this way in an expression; function: " + term.function());
            return new Operand.Constant("", null);
        }
        throw syntaxError();
    }
}
