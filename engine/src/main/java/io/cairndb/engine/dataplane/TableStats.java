package io.cairndb.engine.dataplane;

/** Approximate item count and size of a table, as DescribeTable reports them. */
public record TableStats(long itemCount, long sizeBytes) {
    public static final TableStats EMPTY = new TableStats(0, 0);
}
