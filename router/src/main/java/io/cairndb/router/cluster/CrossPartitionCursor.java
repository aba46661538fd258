package io.cairndb.router.cluster;

import io.cairndb.engine.model.Item;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The items of a read across slices, in read order, fetched lazily: a slice's next raw page is
 * requested only when the consumer wants an item past the last one fetched, and the next slice
 * only once a slice is exhausted. Fed to {@link io.cairndb.engine.read.PageCollector}, which stops
 * at the limit or 1 MB exactly as single-node storage does, so the page it builds continues into
 * the next partition instead of ending short (and never ends empty while items remain).
 *
 * <p>Each fetch asks for no more than the items the page can still take, so a replica does not
 * read far past where the page will end.
 */
final class CrossPartitionCursor implements Iterator<Item> {
    private final List<Partition> slices;
    private final RawPageSource source;
    private final int limit;
    private int sliceIndex;
    private Item resumeAfter;
    private boolean sliceExhausted;
    private List<Item> buffer = List.of();
    private int bufferIndex;
    private int handedOut;

    /**
     * @param startKey the ExclusiveStartKey, which lies in the first slice; null to start at its beginning
     * @param limit    the request's Limit, 0 for none
     */
    CrossPartitionCursor(List<Partition> slices, Item startKey, RawPageSource source, int limit) {
        this.slices = slices;
        this.source = source;
        this.limit = limit;
        this.resumeAfter = startKey;
    }

    @Override
    public boolean hasNext() {
        while (bufferIndex >= buffer.size()) {
            if (sliceIndex >= slices.size()) {
                return false;
            }
            if (sliceExhausted) {
                sliceIndex++;
                sliceExhausted = false;
                resumeAfter = null;
                continue;
            }
            fetch();
        }
        return true;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        handedOut++;
        return buffer.get(bufferIndex++);
    }

    private void fetch() {
        int wanted = limit > 0 ? Math.max(1, limit - handedOut) : 0;
        RawPage page = source.fetch(slices.get(sliceIndex), resumeAfter, wanted);
        buffer = page.items();
        bufferIndex = 0;
        resumeAfter = page.lastEvaluatedKey();
        sliceExhausted = resumeAfter == null;
    }
}
