package io.cairndb.router.cluster;

import io.cairndb.engine.key.HashRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTableTest {
    private final PartitionTable three = table(3);

    private static PartitionTable table(int n) {
        List<Partition> partitions = new ArrayList<>();
        List<HashRange> ranges = ClusterFixtures.split(n);
        for (int i = 0; i < n; i++) {
            partitions.add(new Partition(ranges.get(i), "g" + i));
        }
        return new PartitionTable(partitions);
    }

    @Test
    void findsThePartitionOfAHashComparingUnsigned() {
        // 2^64/3 = 6148914691236517205.33: partitions start at 0, 6148914691236517205, 12297829382473034410.
        assertThat(three.partitionOf(0L).groupId()).isEqualTo("g0");
        assertThat(three.partitionOf(ClusterFixtures.unsigned("6148914691236517204")).groupId()).isEqualTo("g0");
        assertThat(three.partitionOf(ClusterFixtures.unsigned("6148914691236517205")).groupId()).isEqualTo("g1");
        // 2^63 is negative as a signed long but lies in the middle partition.
        assertThat(three.partitionOf(Long.MIN_VALUE).groupId()).isEqualTo("g1");
        assertThat(three.partitionOf(ClusterFixtures.unsigned("12297829382473034409")).groupId()).isEqualTo("g1");
        assertThat(three.partitionOf(ClusterFixtures.unsigned("12297829382473034410")).groupId()).isEqualTo("g2");
        assertThat(three.partitionOf(-1L).groupId()).isEqualTo("g2");
    }

    @Test
    void everyHashOfManyPartitionsLandsInTheRangeThatContainsIt() {
        PartitionTable seven = table(7);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            long hash = random.nextLong();
            Partition partition = seven.partitionOf(hash);
            assertThat(partition.hashes().contains(hash)).as("hash %s", Long.toUnsignedString(hash)).isTrue();
        }
    }

    @Test
    void slicesCutPartitionsToTheSegmentInHashOrder() {
        HashRange secondHalf = HashRange.segment(1, 2); // [2^63, 2^64-1]
        List<Partition> slices = three.slices(secondHalf, null);
        assertThat(slices).extracting(Partition::groupId).containsExactly("g1", "g2");
        assertThat(slices.get(0).hashes()).isEqualTo(new HashRange(Long.MIN_VALUE,
                ClusterFixtures.unsigned("12297829382473034409")));
        assertThat(slices.get(1).hashes()).isEqualTo(new HashRange(
                ClusterFixtures.unsigned("12297829382473034410"), -1L));
    }

    @Test
    void slicesStartAtThePartitionOfTheStartHash() {
        long inLast = ClusterFixtures.unsigned("13000000000000000000");
        assertThat(three.slices(HashRange.FULL, inLast)).extracting(Partition::groupId).containsExactly("g2");
        assertThat(three.slices(HashRange.FULL, 5L)).extracting(Partition::groupId)
                .containsExactly("g0", "g1", "g2");
        // the slice containing the start hash is whole: the replica resumes after the key itself
        assertThat(three.slices(HashRange.FULL, inLast).get(0).hashes().low())
                .isEqualTo(ClusterFixtures.unsigned("12297829382473034410"));
    }

    @Test
    void groupsAreListedOnceInPartitionOrder() {
        List<Partition> partitions = new ArrayList<>();
        List<HashRange> ranges = ClusterFixtures.split(4);
        String[] groups = {"gB", "gA", "gB", "gA"};
        for (int i = 0; i < 4; i++) {
            partitions.add(new Partition(ranges.get(i), groups[i]));
        }
        assertThat(new PartitionTable(partitions).groupIds()).containsExactly("gB", "gA");
    }

    @Test
    void rejectsPartitionsThatDoNotCoverTheHashSpace() {
        assertThatThrownBy(() -> new PartitionTable(List.of(new Partition(new HashRange(1, -1L), "g"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartitionTable(List.of(new Partition(new HashRange(0, 5), "g"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartitionTable(List.of(new Partition(new HashRange(0, 5), "g"),
                new Partition(new HashRange(7, -1L), "g")))).isInstanceOf(IllegalArgumentException.class);
    }
}
