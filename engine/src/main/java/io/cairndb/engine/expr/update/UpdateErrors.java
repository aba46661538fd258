package io.cairndb.engine.expr.update;

import io.cairndb.engine.error.ValidationException;

/** The errors DynamoDB gives while applying an update to an item (not while parsing it). */
final class UpdateErrors {
    private UpdateErrors() {
    }

    static ValidationException invalidPath() {
        return new ValidationException("The document path provided in the update expression is invalid for update");
    }

    static ValidationException missingAttribute() {
        return new ValidationException("The provided expression refers to an attribute that does not exist in the item");
    }

    static ValidationException wrongType() {
        return new ValidationException("An operand in the update expression has an incorrect data type");
    }

    static ValidationException precision() {
        return new ValidationException("DynamoDB only supports precision up to 38 digits");
    }
}
