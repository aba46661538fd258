package io.cairndb.node.storage;

import io.cairndb.engine.error.InternalServerError;
import io.cairndb.engine.key.KeyCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rocksdb.Checkpoint;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.FlushOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The open RocksDB instance and its column families:
 * <ul>
 *   <li>{@code items}: items by {@link KeyCodec} key, values in {@code ItemCodec} form;</li>
 *   <li>{@code catalog}: table definitions by name, as JSON;</li>
 *   <li>{@code meta}: per-table bookkeeping (table numbers, change sequence, stats).</li>
 * </ul>
 * Closing releases every native handle: column families, the database, then the options.
 */
final class RocksStore implements AutoCloseable {
    private static final byte[] ITEMS = "items".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CATALOG = "catalog".getBytes(StandardCharsets.UTF_8);
    private static final byte[] META = "meta".getBytes(StandardCharsets.UTF_8);

    static {
        RocksDB.loadLibrary();
    }

    private final RocksTuning tuning;
    private final RocksDB db;
    private final List<ColumnFamilyHandle> handles;
    private final WriteOptions itemWrites;
    private final WriteOptions syncedWrites;

    private RocksStore(RocksTuning tuning, RocksDB db, List<ColumnFamilyHandle> handles) {
        this.tuning = tuning;
        this.db = db;
        this.handles = handles;
        this.itemWrites = tuning.itemWrites();
        this.syncedWrites = tuning.syncedWrites();
    }

    static RocksStore open(Path directory) {
        return open(directory, new RocksTuning());
    }

    /** Opens with {@code tuning}, which the store owns from then on (closed with it, or on failure). */
    static RocksStore open(Path directory, RocksTuning tuning) {
        try {
            Files.createDirectories(directory);
            List<ColumnFamilyDescriptor> families = List.of(
                    new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, tuning.smallOptions()),
                    new ColumnFamilyDescriptor(ITEMS, tuning.itemOptions(KeyCodec.HASH_PREFIX_BYTES)),
                    new ColumnFamilyDescriptor(CATALOG, tuning.smallOptions()),
                    new ColumnFamilyDescriptor(META, tuning.smallOptions()));
            List<ColumnFamilyHandle> handles = new ArrayList<>();
            RocksDB db = RocksDB.open(tuning.dbOptions(), directory.toString(), families, handles);
            return new RocksStore(tuning, db, handles);
        } catch (Exception e) {
            tuning.close();
            throw new IllegalStateException("cannot open RocksDB in " + directory + ": " + e.getMessage(), e);
        }
    }

    RocksDB db() {
        return db;
    }

    ColumnFamilyHandle items() {
        return handles.get(1);
    }

    ColumnFamilyHandle catalog() {
        return handles.get(2);
    }

    ColumnFamilyHandle meta() {
        return handles.get(3);
    }

    byte[] get(ColumnFamilyHandle family, byte[] key) {
        try {
            return db.get(family, key);
        } catch (RocksDBException e) {
            throw failure(e);
        }
    }

    /** Writes an item batch: WAL without fsync. */
    void writeItems(WriteBatch batch) {
        write(itemWrites, batch);
    }

    /** Writes a batch and fsyncs the WAL: for rare metadata changes. */
    void writeSynced(WriteBatch batch) {
        write(syncedWrites, batch);
    }

    private void write(WriteOptions options, WriteBatch batch) {
        try {
            db.write(options, batch);
        } catch (RocksDBException e) {
            throw failure(e);
        }
    }

    /** Flushes memtables to SST files: lets tests read through the on-disk path. */
    void flush() {
        try (FlushOptions options = new FlushOptions().setWaitForFlush(true)) {
            db.flush(options, handles);
        } catch (RocksDBException e) {
            throw failure(e);
        }
    }

    /**
     * Writes a consistent copy of the whole database (every column family) into {@code target},
     * which must not exist. SST files are hard-linked, so it is cheap and the copy stays valid
     * after later compactions.
     */
    void checkpoint(Path target) {
        try (Checkpoint checkpoint = Checkpoint.create(db)) {
            checkpoint.createCheckpoint(target.toString());
        } catch (RocksDBException e) {
            throw failure(e);
        }
    }

    static InternalServerError failure(RocksDBException e) {
        return new InternalServerError("storage failure: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            for (ColumnFamilyHandle handle : handles) {
                handle.close();
            }
            db.close();
        } finally {
            tuning.close();
        }
    }
}
