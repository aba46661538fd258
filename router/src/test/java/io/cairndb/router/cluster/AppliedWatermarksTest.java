package io.cairndb.router.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AppliedWatermarksTest {
    private final AppliedWatermarks watermarks = new AppliedWatermarks();

    @Test
    void aGroupWithoutWritesAsksForNothing() {
        assertThat(watermarks.of("g1")).isZero();
        watermarks.advance("g1", 0); // a reply without an index
        watermarks.advance(null, 9);
        assertThat(watermarks.of("g1")).isZero();
    }

    @Test
    void withoutReadYourWritesNoReadAsksForAnything() {
        AppliedWatermarks none = AppliedWatermarks.none();
        none.advance("g1", 10);
        assertThat(none.of("g1")).isZero();
    }

    @Test
    void keepsTheHighestIndexPerGroupWhateverTheOrderOfReplies() {
        watermarks.advance("g1", 10);
        watermarks.advance("g1", 7); // an older write's reply arriving late
        watermarks.advance("g2", 3);
        assertThat(watermarks.of("g1")).isEqualTo(10);
        assertThat(watermarks.of("g2")).isEqualTo(3);
        watermarks.advance("g1", 11);
        assertThat(watermarks.of("g1")).isEqualTo(11);
    }

    @Test
    void concurrentWritersEndAtTheMaximum() throws InterruptedException {
        int threads = 4;
        int perThread = 10_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = perThread; i >= 1; i--) { // descending: most updates must not lower it
                    watermarks.advance("g", (long) i * threads + offset);
                }
            });
            writer.start();
            writers.add(writer);
        }
        start.countDown();
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(writer.isAlive()).isFalse();
        }
        assertThat(watermarks.of("g")).isEqualTo((long) perThread * threads + threads - 1);
    }
}
