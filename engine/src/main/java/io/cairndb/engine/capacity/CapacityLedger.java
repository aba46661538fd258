package io.cairndb.engine.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums the capacity of a multi-table request (BatchGetItem, BatchWriteItem) per table, in the
 * order tables were first charged. Not thread-safe: one per request.
 */
public final class CapacityLedger {
    private final Map<String, ConsumedCapacity> byTable = new LinkedHashMap<>();

    public void charge(ConsumedCapacity capacity) {
        byTable.merge(capacity.tableName(), capacity, ConsumedCapacity::plus);
    }

    public void chargeRead(String tableName, double units) {
        charge(ConsumedCapacity.read(tableName, units));
    }

    public void chargeWrite(String tableName, double units) {
        charge(ConsumedCapacity.write(tableName, units));
    }

    public List<ConsumedCapacity> perTable() {
        return new ArrayList<>(byTable.values());
    }
}
