package io.cairndb.node.storage;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.read.PageCollector;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.engine.write.WriteSpec;
import java.time.Clock;
import java.util.List;

/**
 * The data plane on one RocksDB instance. Every read is strongly consistent here (one copy);
 * {@code consistentRead} starts to matter once partitions are replicated.
 */
final class RocksDataPlane implements DataPlane {
    private static final Page EMPTY_PAGE = new Page(List.of(), 0, 0, null, 0);

    private final RocksStore store;
    private final TableKeyspaces keyspaces;
    private final ItemWriter writer;

    RocksDataPlane(RocksStore store, Clock clock) {
        this(store, new TableKeyspaces(store), clock);
    }

    /** A data plane sharing {@code keyspaces} with another writer (a replicated group's store). */
    RocksDataPlane(RocksStore store, TableKeyspaces keyspaces, Clock clock) {
        this.store = store;
        this.keyspaces = keyspaces;
        this.writer = new ItemWriter(store, keyspaces, clock);
    }

    @Override
    public Item get(TableDefinition table, Item key, boolean consistentRead) {
        KeyCodec codec = new KeyCodec(table.keySchema());
        TableState state = keyspaces.find(table.tableId());
        byte[] storageKey = codec.itemKey(state == null ? 0 : state.number(), key);
        if (state == null) {
            return null; // key checked above, so a bad key fails the same way on an empty table
        }
        byte[] value = store.get(store.items(), storageKey);
        return value == null ? null : ItemCodec.decode(value);
    }

    @Override
    public WriteOutcome write(TableDefinition table, WriteSpec spec) {
        return writer.write(table, spec);
    }

    /** Applies an already compiled command: for tests whose command no request can express. */
    WriteOutcome write(TableDefinition table, WriteCommand command) {
        return writer.write(table, command);
    }

    @Override
    public Page read(TableDefinition table, ReadRequest request) {
        KeyCodec codec = new KeyCodec(table.keySchema());
        TableState state = keyspaces.find(table.tableId());
        KeyRange range = request.isQuery()
                ? KeyRanges.query(codec, state == null ? 0 : state.number(), request)
                : KeyRanges.scan(codec, state == null ? 0 : state.number(), request);
        if (state == null || range.isEmpty()) {
            return EMPTY_PAGE;
        }
        try (RocksItemCursor cursor = new RocksItemCursor(store.db(), store.items(), range)) {
            return PageCollector.collect(cursor, table.keySchema(), request);
        }
    }

    @Override
    public TableStats stats(TableDefinition table) {
        TableState state = keyspaces.find(table.tableId());
        return state == null ? TableStats.EMPTY : state.stats();
    }

    @Override
    public void dropTable(TableDefinition table) {
        keyspaces.drop(table.tableId());
    }
}
