package io.cairndb.engine.expr.legacy;

/** How legacy conditions with several entries combine. */
public enum ConditionalOperator {
    AND, OR
}
