package io.cairndb.engine.schema;

/**
 * Provisioned capacity and its history as DescribeTable reports it. Times are epoch
 * milliseconds, 0 when never.
 */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits,
                                    long lastIncreaseMillis, long lastDecreaseMillis,
                                    int decreasesToday) {

    public static final ProvisionedThroughput ON_DEMAND = new ProvisionedThroughput(0, 0, 0, 0, 0);

    public static ProvisionedThroughput of(long read, long write) {
        return new ProvisionedThroughput(read, write, 0, 0, 0);
    }
}
