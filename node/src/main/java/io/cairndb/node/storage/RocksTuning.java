package io.cairndb.node.storage;

import java.util.ArrayList;
import java.util.List;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteOptions;

/**
 * RocksDB options for a small machine (a laptop or a 2-core VM) and little CPU per operation.
 * Owns every native handle it creates; {@link #close()} frees them after the database closed.
 *
 * <ul>
 *   <li>One 64 MB LRU block cache shared by all column families, with index and filter blocks
 *       in it (bounded memory) and level-0 ones pinned (no re-reads on the hot path).</li>
 *   <li>Bloom filters (10 bits per key, ~1% false positives) on whole keys for GetItem, and on
 *       the 16-byte table+hash prefix so that a Query for an absent partition key skips files.
 *       Scans cross prefixes: reads set {@code auto_prefix_mode} and RocksDB uses the prefix
 *       filter only when both bounds share a prefix.</li>
 *   <li>32 MB memtables with a prefix bloom, LZ4 (cheap on CPU), two background jobs.</li>
 *   <li>WAL on, no fsync per write ({@link #itemWrites()}): a write is acknowledged once it is in
 *       the WAL file in the OS page cache, which survives a crash of this process (kill -9) but
 *       not of the machine. Replication (Raft) will make writes survive machine loss; an fsync
 *       per write would cost ~1.5 ms here.</li>
 * </ul>
 */
final class RocksTuning implements AutoCloseable {
    static final long BLOCK_CACHE_BYTES = 64L << 20;
    static final long MEMTABLE_BYTES = 32L << 20;
    /**
     * A node hosts several data groups, each with its own database: smaller caches and memtables
     * per group keep a node's memory near one single-node store's.
     */
    static final long GROUP_BLOCK_CACHE_BYTES = 16L << 20;
    static final long GROUP_MEMTABLE_BYTES = 8L << 20;

    static {
        RocksDB.loadLibrary(); // options are native objects: the library must be loaded before any is made
    }

    private final List<AutoCloseable> handles = new ArrayList<>();
    private final long memtableBytes;
    private final LRUCache blockCache;
    private final BloomFilter bloomFilter = own(new BloomFilter(10));

    /** The single-node sizes. */
    RocksTuning() {
        this(BLOCK_CACHE_BYTES, MEMTABLE_BYTES);
    }

    RocksTuning(long blockCacheBytes, long memtableBytes) {
        this.memtableBytes = memtableBytes;
        this.blockCache = own(new LRUCache(blockCacheBytes));
    }

    /** Sizes for one data group's store. */
    static RocksTuning forGroup() {
        return new RocksTuning(GROUP_BLOCK_CACHE_BYTES, GROUP_MEMTABLE_BYTES);
    }

    DBOptions dbOptions() {
        return own(new DBOptions()
                .setCreateIfMissing(true)
                .setCreateMissingColumnFamilies(true)
                .setMaxBackgroundJobs(2)
                .setKeepLogFileNum(3)
                .setInfoLogLevel(InfoLogLevel.WARN_LEVEL)
                .setMaxTotalWalSize(128L << 20)
                .setBytesPerSync(1L << 20));
    }

    /** Items: point lookups and range reads by key prefix. */
    ColumnFamilyOptions itemOptions(int prefixBytes) {
        return own(new ColumnFamilyOptions()
                .setTableFormatConfig(tableConfig())
                .useFixedLengthPrefixExtractor(prefixBytes)
                .setMemtablePrefixBloomSizeRatio(0.1)
                .setWriteBufferSize(memtableBytes)
                .setMaxWriteBufferNumber(2)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setLevelCompactionDynamicLevelBytes(true));
    }

    /** Catalog and bookkeeping: tiny, rarely written. */
    ColumnFamilyOptions smallOptions() {
        return own(new ColumnFamilyOptions()
                .setTableFormatConfig(tableConfig())
                .setWriteBufferSize(4L << 20)
                .setMaxWriteBufferNumber(2));
    }

    /** Item writes: WAL, no fsync (see the class comment for what that guarantees). */
    WriteOptions itemWrites() {
        return own(new WriteOptions().setSync(false));
    }

    /** Catalog and table drops: rare, so each is fsynced. */
    WriteOptions syncedWrites() {
        return own(new WriteOptions().setSync(true));
    }

    private BlockBasedTableConfig tableConfig() {
        return new BlockBasedTableConfig()
                .setBlockCache(blockCache)
                .setFilterPolicy(bloomFilter)
                .setWholeKeyFiltering(true)
                .setCacheIndexAndFilterBlocks(true)
                .setPinL0FilterAndIndexBlocksInCache(true)
                .setBlockSize(16 * 1024);
    }

    private <T extends AutoCloseable> T own(T handle) {
        handles.add(handle);
        return handle;
    }

    @Override
    public void close() {
        for (int i = handles.size() - 1; i >= 0; i--) {
            try {
                handles.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("closing a RocksDB handle failed", e);
            }
        }
        handles.clear();
    }
}
