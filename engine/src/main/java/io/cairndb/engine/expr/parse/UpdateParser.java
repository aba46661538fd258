package io.cairndb.engine.expr.parse;

import io.cairndb.engine.expr.ExpressionType;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathConflicts;
import io.cairndb.engine.expr.eval.TypeNames;
import io.cairndb.engine.expr.update.CompiledUpdate;
import io.cairndb.engine.expr.update.UpdateClause;
import io.cairndb.engine.expr.update.UpdateValue;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for UpdateExpression:
 *
 * <pre>
 * update  := section+
 * section := SET path '=' value (',' path '=' value)*
 *          | REMOVE path (',' path)*
 *          | ADD path :value (',' path :value)*
 *          | DELETE path :value (',' path :value)*
 * value   := term (('+' | '-') term)?
 * term    := '(' value ')' | if_not_exists '(' path ',' value ')' | list_append '(' value ',' value ')'
 *          | path | :value
 * </pre>
 */
public final class UpdateParser extends ParserBase {
    private enum Section { SET, REMOVE, ADD, DELETE }

    private final Set<Section> seen = EnumSet.noneOf(Section.class);
    private final List<UpdateClause> clauses = new ArrayList<>();

    private UpdateParser(String source, Placeholders placeholders) {
        super(source, ExpressionType.UPDATE, placeholders);
    }

    public static CompiledUpdate parse(String source, Placeholders placeholders) {
        UpdateParser parser = new UpdateParser(source, placeholders);
        do {
            parser.parseSection();
        } while (!parser.at(TokenKind.EOF));
        parser.finishBeforePathChecks();
        List<Path> paths = new ArrayList<>(parser.clauses.size());
        for (UpdateClause clause : parser.clauses) {
            paths.add(clause.path());
        }
        PathConflicts.check(paths, ExpressionType.UPDATE);
        parser.finish();
        return new CompiledUpdate(parser.clauses);
    }

    @Override
    protected boolean isGrammarKeyword(Token token) {
        return sectionOf(token) != null;
    }

    private Section sectionOf(Token token) {
        for (Section section : Section.values()) {
            if (token.isKeyword(source, section.name())) {
                return section;
            }
        }
        return null;
    }

    private void parseSection() {
        Section section = sectionOf(peek());
        if (section == null) {
            throw syntaxError();
        }
        next();
        if (!seen.add(section)) {
            semanticError("The \"" + section.name() + "\" section can only be used once in an update expression;");
        }
        clauses.add(parseClause(section));
        endActionScope();
        while (at(TokenKind.COMMA)) {
            next();
            clauses.add(parseClause(section));
            endActionScope();
        }
    }

    private UpdateClause parseClause(Section section) {
        Path path = parsePath();
        return switch (section) {
            case SET -> {
                expect(TokenKind.EQ);
                yield new UpdateClause.SetClause(path, parseValue());
            }
            case REMOVE -> new UpdateClause.RemoveClause(path);
            case ADD -> new UpdateClause.AddClause(path, setOrNumberOperand(section));
            case DELETE -> new UpdateClause.DeleteClause(path, setOrNumberOperand(section));
        };
    }

    private AttributeValue setOrNumberOperand(Section section) {
        Token token = expect(TokenKind.VALUE_PLACEHOLDER);
        AttributeValue value = valueOf(token);
        if (value != null) {
            AttributeType t = value.type();
            boolean allowed = t.isSet() || (section == Section.ADD && t == AttributeType.N);
            if (!allowed) {
                valueError("Incorrect operand type for operator or function; operator: " + section.name()
                        + ", operand type: " + TypeNames.longName(t) + ", typeSet: ALLOWED_FOR_" + section.name() + "_OPERAND");
            }
        }
        return value;
    }

    private UpdateValue parseValue() {
        UpdateValue left = parseTerm();
        if (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
            boolean plus = next().kind() == TokenKind.PLUS;
            countOperator();
            UpdateValue right = parseTerm();
            checkConstantType(plus ? "+" : "-", left, AttributeType.N);
            checkConstantType(plus ? "+" : "-", right, AttributeType.N);
            return new UpdateValue.Arithmetic(plus, left, right);
        }
        return left;
    }

    private UpdateValue parseTerm() {
        if (at(TokenKind.LPAREN)) {
            next();
            UpdateValue inner = parseValue();
            expect(TokenKind.RPAREN);
            return inner;
        }
        if (at(TokenKind.IDENTIFIER) && peek(1).kind() == TokenKind.LPAREN) {
            return parseFunction();
        }
        if (at(TokenKind.VALUE_PLACEHOLDER)) {
            return new UpdateValue.Constant(valueOf(next()));
        }
        if (atPathStart()) {
            return new UpdateValue.PathValue(parsePath());
        }
        throw syntaxError();
    }

    private UpdateValue parseFunction() {
        String name = text(next());
        next(); // '('
        countOperator();
        List<UpdateValue> args = new ArrayList<>(2);
        args.add(parseValue());
        while (at(TokenKind.COMMA)) {
            next();
            args.add(parseValue());
        }
        expect(TokenKind.RPAREN);
        switch (name) {
            case "if_not_exists" -> {
                if (arity(name, args)) {
                    if (args.get(0) instanceof UpdateValue.PathValue p) {
                        return new UpdateValue.IfNotExists(p.path(), args.get(1));
                    }
                    semanticError("Operator or function requires a document path; operator or function: " + name);
                }
            }
            case "list_append" -> {
                if (arity(name, args)) {
                    checkConstantType(name, args.get(0), AttributeType.L);
                    checkConstantType(name, args.get(1), AttributeType.L);
                    return new UpdateValue.ListAppend(args.get(0), args.get(1));
                }
            }
            case "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains", "size" ->
                    overridingError("The function is not allowed in an update expression; function: " + name);
            default -> semanticError("Invalid function name; function: " + name);
        }
        // Stand-in after a semantic error, which is thrown before the update can be used.
        return args.get(0);
    }

    private boolean arity(String name, List<UpdateValue> args) {
        if (args.size() != 2) {
            semanticError("Incorrect number of operands for operator or function; operator or function: " + name
                    + ", number of operands: " + args.size());
            return false;
        }
        return true;
    }

    private void checkConstantType(String operator, UpdateValue value, AttributeType required) {
        if (value instanceof UpdateValue.Constant c && c.value() != null && c.value().type() != required) {
            incorrectOperandType(operator, c.value().type());
        }
    }
}
