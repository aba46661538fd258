package io.cairndb.engine.expr.ast;

import io.cairndb.engine.expr.ExpressionType;
import java.util.List;

/**
 * DynamoDB's check that no two document paths of a projection or update touch the same data:
 * one path a prefix of the other "overlaps"; paths that use one step as a map key and as a list
 * index "conflict".
 */
public final class PathConflicts {
    private PathConflicts() {
    }

    /** Throws DynamoDB's error for the first overlapping or conflicting pair, in order. */
    public static void check(List<Path> paths, ExpressionType type) {
        for (int j = 1; j < paths.size(); j++) {
            for (int i = 0; i < j; i++) {
                check(paths.get(i), paths.get(j), type);
            }
        }
    }

    private static void check(Path one, Path two, ExpressionType type) {
        int common = Math.min(one.depth(), two.depth());
        for (int k = 0; k < common; k++) {
            PathElement a = one.get(k);
            PathElement b = two.get(k);
            if (a.equals(b)) {
                continue;
            }
            if (a.getClass() != b.getClass()) {
                throw type.invalid("Two document paths conflict with each other; must remove or rewrite one of these "
                        + "paths; path one: " + one + ", path two: " + two);
            }
            return;
        }
        throw type.invalid("Two document paths overlap with each other; must remove or rewrite one of these paths; "
                + "path one: " + one + ", path two: " + two);
    }
}
