package io.cairndb.router.cluster;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.read.PageCollector;
import io.cairndb.engine.schema.KeySchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Items in storage-key order (hash, partition key, sort key), served as raw pages of a hash
 * range the way a replica serves ReadPage: limit and 1 MB cap, no filter, no projection. Also
 * the single-node reference: {@link #singleNodePage} reads a page over all items at once.
 */
final class InMemoryPartitions implements RawPageSource {
    private final KeyCodec codec;
    private final TreeMap<byte[], Item> items = new TreeMap<>(Arrays::compareUnsigned);
    final List<Partition> fetchedSlices = new ArrayList<>();
    final List<Integer> fetchedLimits = new ArrayList<>();
    final List<Integer> fetchedCounts = new ArrayList<>();

    InMemoryPartitions(KeySchema schema) {
        this.codec = new KeyCodec(schema);
    }

    void put(Item item) {
        items.put(codec.itemKey(0, item), item);
    }

    @Override
    public RawPage fetch(Partition slice, Item exclusiveStartKey, int limit) {
        fetchedSlices.add(slice);
        fetchedLimits.add(limit);
        byte[] from = exclusiveStartKey == null ? KeyCodec.hashBound(0, slice.hashes().low())
                : KeyCodec.justAfter(codec.itemKey(0, exclusiveStartKey));
        NavigableMap<byte[], Item> range = slice.hashes().high() == -1L ? items.tailMap(from, true)
                : items.subMap(from, true, KeyCodec.hashBound(0, slice.hashes().high() + 1), false);
        Page raw = PageCollector.collect(range.values().iterator(), codec.schema(),
                new ReadRequest(null, null, limit, null, null, false, true, false, 0, 1));
        fetchedCounts.add(raw.items().size());
        return new RawPage(raw.items(), raw.lastEvaluatedKey());
    }

    /** The page single-node storage answers: the same page rules over every item of the segment. */
    Page singleNodePage(ReadRequest request) {
        HashRange segment = HashRange.segment(request.segment(), request.totalSegments());
        byte[] from = request.exclusiveStartKey() == null ? KeyCodec.hashBound(0, segment.low())
                : KeyCodec.justAfter(codec.itemKey(0, request.exclusiveStartKey()));
        NavigableMap<byte[], Item> range = segment.high() == -1L ? items.tailMap(from, true)
                : items.subMap(from, true, KeyCodec.hashBound(0, segment.high() + 1), false);
        return PageCollector.collect(range.values().iterator(), codec.schema(), request);
    }
}
