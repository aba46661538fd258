package io.cairndb.engine.expr.parse;

import io.cairndb.engine.expr.ExpressionType;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathConflicts;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code path (',' path)*} and rejects overlapping or conflicting paths. */
public final class ProjectionParser extends ParserBase {

    private ProjectionParser(String source, Placeholders placeholders) {
        super(source, ExpressionType.PROJECTION, placeholders);
    }

    public static List<Path> parse(String source, Placeholders placeholders) {
        ProjectionParser parser = new ProjectionParser(source, placeholders);
        List<Path> paths = new ArrayList<>();
        paths.add(parser.parsePath());
        while (parser.at(TokenKind.COMMA)) {
            parser.next();
            paths.add(parser.parsePath());
        }
        parser.finish();
        PathConflicts.check(paths, ExpressionType.PROJECTION);
        return paths;
    }
}
