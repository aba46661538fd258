package io.cairndb.engine.schema;

import io.cairndb.engine.model.AttributeType;

/** One key attribute: its name and scalar type (S, N or B). */
public record KeyElement(String name, AttributeType type) {
    public KeyElement {
        if (!type.isScalarKeyType()) {
            throw new IllegalArgumentException("key type must be S, N or B: " + type);
        }
    }
}
