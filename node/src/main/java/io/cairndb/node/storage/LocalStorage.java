package io.cairndb.node.storage;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteCommand;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Storage of one node on local disk: a RocksDB instance in {@code dataDir} holding the table
 * catalog and the items of every table.
 *
 * <p>Durability: an acknowledged write is in RocksDB's write-ahead log (not fsynced), so it
 * survives a crash or kill -9 of the process; catalog changes are fsynced. Thread-safe. Closing
 * waits for calls in flight; calls after it fail with an internal error.
 *
 * <pre>{@code
 * try (LocalStorage storage = LocalStorage.open(Path.of("data"))) {
 *     storage.catalog().create(table);
 *     storage.dataPlane().write(table, WriteSpec.put(key, item));
 * }
 * }</pre>
 */
public final class LocalStorage implements AutoCloseable {
    private final RocksStore store;
    private final ClosingGate gate = new ClosingGate();
    private final RocksDataPlane rocks;
    private final DataPlane dataPlane;
    private final TableCatalog catalog;

    private LocalStorage(RocksStore store, Clock clock) {
        this.store = store;
        this.rocks = new RocksDataPlane(store, clock);
        this.dataPlane = new GatedDataPlane(rocks, gate);
        this.catalog = new GatedTableCatalog(new RocksTableCatalog(store), gate);
    }

    /** Opens (creating if needed) the storage in {@code dataDir}; change records use the system clock. */
    public static LocalStorage open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps change records. */
    public static LocalStorage open(Path dataDir, Clock clock) {
        RocksStore store = RocksStore.open(dataDir);
        try {
            return new LocalStorage(store, clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public DataPlane dataPlane() {
        return dataPlane;
    }

    public TableCatalog catalog() {
        return catalog;
    }

    /** Applies an already compiled command through the gate: for tests whose command no request can express. */
    WriteOutcome writeCommand(TableDefinition table, WriteCommand command) {
        return gate.call(() -> rocks.write(table, command));
    }

    /** Writes memtables to disk files; for tests that must read through SST files. */
    void flush() {
        gate.run(store::flush);
    }

    /** Waits for calls in flight, then releases every native handle. Idempotent. */
    @Override
    public void close() {
        if (gate.close()) {
            store.close();
        }
    }
}
