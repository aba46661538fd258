package io.cairndb.engine.capacity;

import java.util.List;

/** The ReturnConsumedCapacity parameter: what consumed capacity a response reports. */
public enum ReturnConsumedCapacity {
    /** The table and each index separately, under {@code Table}/{@code GlobalSecondaryIndexes}/... */
    INDEXES,
    /** Only the total. */
    TOTAL,
    /** Nothing (the default). */
    NONE;

    /** The values in the order DynamoDB lists them in its enum error. */
    public static final List<String> WIRE_VALUES = List.of("INDEXES", "TOTAL", "NONE");

    public boolean reports() {
        return this != NONE;
    }
}
