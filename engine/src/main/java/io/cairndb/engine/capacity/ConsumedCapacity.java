package io.cairndb.engine.capacity;

import java.util.Map;

/**
 * Capacity one request consumed on one table, split into the table itself and its indexes. The
 * response shape depends on {@link ReturnConsumedCapacity}: TOTAL reports {@link #total()} only,
 * INDEXES also the per-table and per-index parts.
 *
 * @param readUnits   read units consumed (0 for writes)
 * @param writeUnits  write units consumed (0 for reads)
 * @param globalSecondaryIndexes index name to units; empty until indexes exist
 * @param localSecondaryIndexes  index name to units; empty until indexes exist
 */
public record ConsumedCapacity(String tableName, double readUnits, double writeUnits,
                               Map<String, Double> globalSecondaryIndexes,
                               Map<String, Double> localSecondaryIndexes) {

    public ConsumedCapacity {
        globalSecondaryIndexes = Map.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = Map.copyOf(localSecondaryIndexes);
    }

    public static ConsumedCapacity read(String tableName, double units) {
        return new ConsumedCapacity(tableName, units, 0, Map.of(), Map.of());
    }

    public static ConsumedCapacity write(String tableName, double units) {
        return new ConsumedCapacity(tableName, 0, units, Map.of(), Map.of());
    }

    /** Units on the table itself, without indexes. */
    public double tableUnits() {
        return readUnits + writeUnits;
    }

    /** All units: table plus indexes. */
    public double total() {
        double sum = tableUnits();
        for (double units : globalSecondaryIndexes.values()) {
            sum += units;
        }
        for (double units : localSecondaryIndexes.values()) {
            sum += units;
        }
        return sum;
    }

    /** This plus {@code other} on the same table (for batches, which report once per table). */
    public ConsumedCapacity plus(ConsumedCapacity other) {
        if (!tableName.equals(other.tableName)) {
            throw new IllegalArgumentException("different tables: " + tableName + ", " + other.tableName);
        }
        return new ConsumedCapacity(tableName, readUnits + other.readUnits, writeUnits + other.writeUnits,
                sum(globalSecondaryIndexes, other.globalSecondaryIndexes),
                sum(localSecondaryIndexes, other.localSecondaryIndexes));
    }

    private static Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
        if (b.isEmpty()) {
            return a;
        }
        java.util.HashMap<String, Double> result = new java.util.HashMap<>(a);
        b.forEach((k, v) -> result.merge(k, v, Double::sum));
        return result;
    }
}
