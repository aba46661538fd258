package io.cairndb.engine.expr.parse;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.schema.KeySchema;
import java.util.List;

/** A Query's filter may not read key attributes: DynamoDB's two checks, in its order. */
public final class KeyAttributeCheck {
    private KeyAttributeCheck() {
    }

    static ValidationException nestedKey(String name) {
        return new ValidationException("Key attributes must be scalars; list random access '[]' and map lookup '.' "
                + "are not allowed: Key: " + name);
    }

    public static void rejectKeyAttributes(List<Path> paths, KeySchema schema) {
        for (Path path : paths) {
            if (!path.isTopLevel() && schema.isKeyAttribute(path.topLevelName())) {
                throw nestedKey(path.topLevelName());
            }
        }
        for (Path path : paths) {
            if (schema.isKeyAttribute(path.topLevelName())) {
                throw new ValidationException("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + path.topLevelName());
            }
        }
    }
}
