package io.cairndb.router.testing;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Test double for storage while the router's protocol and control plane are tested on their own:
 * a thread-safe catalog in memory and a data plane without items whose stats can be made to fail.
 * Item operations are out of scope here and fail loudly. Control-plane and item behaviour are
 * tested against real RocksDB storage in the launcher module.
 */
public final class InMemoryTables implements TableCatalog, DataPlane {
    private final Map<String, TableDefinition> tables = new ConcurrentSkipListMap<>();
    private volatile Throwable statsFailure;

    /** Makes {@link #stats} throw, to exercise the server's handling of unexpected failures. */
    public void failStatsWith(Throwable failure) {
        this.statsFailure = failure;
    }

    @Override
    public synchronized void create(TableDefinition table) {
        if (tables.putIfAbsent(table.name(), table) != null) {
            throw new ResourceInUseException("exists: " + table.name());
        }
    }

    @Override
    public TableDefinition get(String name) {
        return tables.get(name);
    }

    @Override
    public List<TableDefinition> list() {
        return new ArrayList<>(tables.values());
    }

    @Override
    public void update(TableDefinition table) {
        tables.replace(table.name(), table);
    }

    @Override
    public boolean delete(String name) {
        return tables.remove(name) != null;
    }

    @Override
    public TableStats stats(TableDefinition table) {
        Throwable failure = statsFailure;
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return TableStats.EMPTY;
    }

    @Override
    public void dropTable(TableDefinition table) {
        // no items are ever stored here
    }

    @Override
    public Item get(TableDefinition table, Item key, boolean consistentRead) {
        throw new UnsupportedOperationException("item operations are not part of these tests");
    }

    @Override
    public WriteOutcome write(TableDefinition table, WriteSpec spec) {
        throw new UnsupportedOperationException("item operations are not part of these tests");
    }

    @Override
    public Page read(TableDefinition table, ReadRequest request) {
        throw new UnsupportedOperationException("item operations are not part of these tests");
    }
}
