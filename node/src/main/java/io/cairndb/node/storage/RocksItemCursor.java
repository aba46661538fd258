package io.cairndb.node.storage;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.model.Item;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;

/**
 * The items of a {@link KeyRange} in read order, read lazily from one RocksDB iterator (which
 * reads a consistent snapshot). Must be closed: it holds native resources.
 */
final class RocksItemCursor implements Iterator<Item>, AutoCloseable {
    private final Slice lowerBound;
    private final Slice upperBound;
    private final ReadOptions options;
    private final RocksIterator iterator;
    private final boolean forward;

    RocksItemCursor(RocksDB db, ColumnFamilyHandle family, KeyRange range) {
        forward = range.forward();
        lowerBound = new Slice(range.lower());
        upperBound = range.upper() == null ? null : new Slice(range.upper());
        // auto_prefix_mode: the prefix bloom filter is used when both bounds share a prefix
        // (a Query within one partition key), total order otherwise (a Scan).
        options = new ReadOptions().setAutoPrefixMode(true).setIterateLowerBound(lowerBound);
        if (upperBound != null) {
            options.setIterateUpperBound(upperBound);
        }
        iterator = db.newIterator(family, options);
        if (forward) {
            iterator.seek(range.lower());
        } else if (range.upper() == null) {
            iterator.seekToLast();
        } else {
            iterator.seekForPrev(range.upper());
            if (iterator.isValid() && Arrays.equals(iterator.key(), range.upper())) {
                iterator.prev();
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (iterator.isValid()) {
            return true;
        }
        try {
            iterator.status(); // an invalid iterator is either at the end or failed: tell them apart
        } catch (RocksDBException e) {
            throw RocksStore.failure(e);
        }
        return false;
    }

    @Override
    public Item next() {
        if (!iterator.isValid()) {
            throw new NoSuchElementException();
        }
        Item item = ItemCodec.decode(iterator.value());
        if (forward) {
            iterator.next();
        } else {
            iterator.prev();
        }
        return item;
    }

    @Override
    public void close() {
        iterator.close();
        options.close();
        lowerBound.close();
        if (upperBound != null) {
            upperBound.close();
        }
    }
}
