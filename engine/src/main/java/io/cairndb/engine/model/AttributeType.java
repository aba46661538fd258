package io.cairndb.engine.model;

/** The ten DynamoDB attribute types, named as they appear on the wire ({@code "S"}, {@code "SS"}, ...). */
public enum AttributeType {
    S, N, B, BOOL, NULL, L, M, SS, NS, BS;

    /** True for the three types a key attribute may have. */
    public boolean isScalarKeyType() {
        return this == S || this == N || this == B;
    }

    public boolean isSet() {
        return this == SS || this == NS || this == BS;
    }

    /** The wire name, which is also the enum name. */
    public String wireName() {
        return name();
    }
}
