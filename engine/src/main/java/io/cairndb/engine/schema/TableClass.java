package io.cairndb.engine.schema;

public enum TableClass {
    STANDARD, STANDARD_INFREQUENT_ACCESS
}
