package io.cairndb.router.cluster;

import io.cairndb.engine.key.HashRange;
import io.cairndb.proto.PartitionInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The partitions of one table, in hash order, covering every hash exactly once: finds the
 * partition of a hash (binary search, unsigned) and the partitions a hash range overlaps.
 */
final class PartitionTable {
    private final List<Partition> partitions;

    PartitionTable(List<Partition> partitions) {
        this.partitions = List.copyOf(partitions);
        checkCoverage(this.partitions);
    }

    static PartitionTable fromProto(List<PartitionInfo> infos) {
        List<Partition> partitions = new ArrayList<>(infos.size());
        for (PartitionInfo info : infos) {
            partitions.add(new Partition(new HashRange(info.getHashLow(), info.getHashHigh()), info.getGroupId()));
        }
        return new PartitionTable(partitions);
    }

    List<Partition> all() {
        return partitions;
    }

    /** The partition holding {@code hash}. */
    Partition partitionOf(long hash) {
        int lo = 0;
        int hi = partitions.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (Long.compareUnsigned(partitions.get(mid).hashes().low(), hash) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return partitions.get(lo);
    }

    /**
     * The parts of the partitions that overlap {@code range}, in hash order, each cut to the
     * range; starting at the partition of {@code fromHash} when it is not null.
     */
    List<Partition> slices(HashRange range, Long fromHash) {
        List<Partition> slices = new ArrayList<>();
        long first = fromHash != null ? fromHash : range.low();
        for (Partition partition : partitions) {
            if (Long.compareUnsigned(partition.hashes().high(), first) < 0) {
                continue;
            }
            partition.hashes().intersect(range)
                    .ifPresent(overlap -> slices.add(new Partition(overlap, partition.groupId())));
        }
        return Collections.unmodifiableList(slices);
    }

    /** The groups hosting the table, each once, in partition order. */
    Set<String> groupIds() {
        Set<String> groups = new LinkedHashSet<>();
        for (Partition partition : partitions) {
            groups.add(partition.groupId());
        }
        return groups;
    }

    private static void checkCoverage(List<Partition> partitions) {
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one partition");
        }
        long expectedLow = 0;
        for (int i = 0; i < partitions.size(); i++) {
            HashRange hashes = partitions.get(i).hashes();
            if (hashes.low() != expectedLow) {
                throw new IllegalArgumentException("partitions leave a gap or overlap at " + hashes);
            }
            boolean last = i == partitions.size() - 1;
            if (last != (hashes.high() == -1L)) {
                throw new IllegalArgumentException("partitions do not end at 2^64-1: " + hashes);
            }
            expectedLow = hashes.high() + 1;
        }
    }
}
