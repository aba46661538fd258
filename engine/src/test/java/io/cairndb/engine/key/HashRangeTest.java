package io.cairndb.engine.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashRangeTest {

    @Test
    void fullContainsEveryHash() {
        assertThat(HashRange.FULL.contains(0L)).isTrue();
        assertThat(HashRange.FULL.contains(-1L)).isTrue();
        assertThat(HashRange.FULL.contains(Long.MIN_VALUE)).isTrue();
        assertThat(HashRange.FULL.isFull()).isTrue();
        assertThat(HashRange.segment(0, 1)).isEqualTo(HashRange.FULL);
    }

    @Test
    void comparesUnsigned() {
        HashRange upperHalf = new HashRange(Long.MIN_VALUE, -1L); // 0x8000.. to 0xFFFF..
        assertThat(upperHalf.contains(-5L)).isTrue();
        assertThat(upperHalf.contains(5L)).isFalse();
        assertThatThrownBy(() -> new HashRange(-1L, 0L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentsAreContiguousAndStartAtFloorOfTheirShare() {
        for (int total : new int[] {1, 2, 3, 7, 1000, 1_000_000}) {
            long expectedLow = 0;
            for (int s = 0; s < Math.min(total, 50); s++) {
                HashRange segment = HashRange.segment(s, total);
                assertThat(segment.low()).isEqualTo(expectedLow);
                expectedLow = segment.high() + 1;
            }
            assertThat(HashRange.segment(total - 1, total).high()).isEqualTo(-1L);
        }
        // floor(2^64 / 3) = 6148914691236517205 = 0x5555555555555555
        assertThat(HashRange.segment(1, 3).low()).isEqualTo(0x5555555555555555L);
        assertThat(HashRange.segment(1, 2).low()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void splitCoversEveryHashExactlyOnce() {
        List<HashRange> parts = HashRange.split(3);
        assertThat(parts).hasSize(3).containsExactly(HashRange.segment(0, 3), HashRange.segment(1, 3),
                HashRange.segment(2, 3));
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            long hash = random.nextLong();
            assertThat(parts.stream().filter(p -> p.contains(hash)).count()).isEqualTo(1);
        }
    }

    @Test
    void intersects() {
        HashRange a = new HashRange(10, 20);
        assertThat(a.intersect(new HashRange(15, 30))).contains(new HashRange(15, 20));
        assertThat(a.intersect(new HashRange(20, 20))).contains(new HashRange(20, 20));
        assertThat(a.intersect(new HashRange(21, 30))).isEmpty();
        assertThat(a.intersect(HashRange.FULL)).contains(a);
        HashRange top = new HashRange(-10L, -1L);
        assertThat(HashRange.split(2).get(1).intersect(top)).contains(top);
        assertThat(HashRange.split(2).get(0).intersect(top)).isEmpty();
    }
}
