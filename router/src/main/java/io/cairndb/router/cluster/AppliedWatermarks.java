package io.cairndb.router.cluster;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read-your-writes for one router: per data group, the highest Raft log index at which a write
 * through this router applied. Eventual reads send it as {@code min_applied_index}, so a replica
 * that has not applied the router's last write answers BEHIND instead of an older state, and the
 * read goes to the leader. Indices only grow within a group (a group keeps its log across
 * leader changes, repairs and snapshot installs), so the maximum is the whole state.
 */
final class AppliedWatermarks {
    private final ConcurrentMap<String, AtomicLong> highest = new ConcurrentHashMap<>();
    private final boolean enabled;

    AppliedWatermarks() {
        this(true);
    }

    private AppliedWatermarks(boolean enabled) {
        this.enabled = enabled;
    }

    /** No read-your-writes: every eventual read takes whatever the nearest replica holds. */
    static AppliedWatermarks none() {
        return new AppliedWatermarks(false);
    }

    /** Records a write of this router that applied at {@code index} in {@code groupId}. */
    void advance(String groupId, long index) {
        if (!enabled || groupId == null || index <= 0) {
            return; // a reply without an index (an older node, a failure before the log) promises nothing
        }
        highest.computeIfAbsent(groupId, g -> new AtomicLong()).accumulateAndGet(index, Math::max);
    }

    /** The index an eventual read of {@code groupId} must see; 0 (no constraint) before any write. */
    long of(String groupId) {
        AtomicLong index = highest.get(groupId);
        return index == null ? 0 : index.get();
    }
}
