package io.cairndb.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.cairndb.chaos.checker.Histories;
import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.history.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    /** The first event's time: the report's clock starts there, whatever System.nanoTime() said. */
    private static final long T0 = 10_000_000_000L;
    private static final long MS = 1_000_000L;

    private final Timeline timeline = Timeline.of(new Histories()
            .invoke(1, "write", "r1", Value.of(1), T0).ok(1, T0 + 5 * MS)
            .invoke(2, "cas", "r1", new Value.Cas(1L, 2), T0 + 200 * MS).fail(2, T0 + 1200 * MS)
            .invoke(3, "write", "r2", Value.of(3), T0 + 1500 * MS)
            .invoke(1, "read", "r1", Value.NONE, T0 + 1600 * MS).ok(1, Value.of(1), T0 + 1650 * MS)
            .info(3, T0 + 2500 * MS)
            .invoke(4, "read", "r2", Value.NONE, T0 + 2600 * MS) // the run ends before it completes
            .build().operations());

    @Test
    void samplesCompletedOperationsOnTheRunsClock() {
        assertThat(timeline.samples()).extracting(Timeline.Sample::f, Timeline.Sample::outcome)
                .containsExactly(tuple("write", Op.Type.OK),
                        tuple("cas", Op.Type.FAIL),
                        tuple("write", Op.Type.INFO),
                        tuple("read", Op.Type.OK));
        assertThat(timeline.samples()).extracting(Timeline.Sample::latencyMillis)
                .containsExactly(5.0, 1000.0, 1000.0, 50.0);
        assertThat(timeline.samples()).extracting(Timeline.Sample::invokedSeconds)
                .containsExactly(0.0, 0.2, 1.5, 1.6);
        assertThat(timeline.samples(Op.Type.INFO)).singleElement()
                .satisfies(s -> assertThat(s.completedSeconds()).isEqualTo(2.5));
        assertThat(timeline.seconds(T0 + 3000 * MS)).isEqualTo(3.0);
    }

    @Test
    void countsCompletionsPerSecondByOutcome() {
        assertThat(timeline.buckets()).isEqualTo(3);
        assertThat(timeline.perSecond(Op.Type.OK)).containsExactly(1, 1, 0);
        assertThat(timeline.perSecond(Op.Type.FAIL)).containsExactly(0, 1, 0);
        assertThat(timeline.perSecond(Op.Type.INFO)).containsExactly(0, 0, 1);
        assertThat(timeline.opsPerSecond()).isCloseTo(4 / 2.5, within(1e-9));
    }

    @Test
    void countsInfoApartIncludingWhatNeverCompleted() {
        assertThat(Timeline.OUTCOMES).extracting(timeline::count).containsExactly(2L, 1L, 2L);
        assertThat(timeline.total()).isEqualTo(5);
        assertThat(timeline.unfinished()).isEqualTo(1);
        assertThat(timeline.endSeconds()).isEqualTo(2.5);
    }

    @Test
    void anEmptyHistoryHasNoBuckets() {
        Timeline empty = Timeline.of(List.of());
        assertThat(empty.buckets()).isZero();
        assertThat(empty.total()).isZero();
        assertThat(empty.opsPerSecond()).isZero();
    }
}
