package io.cairndb.chaos.report;

import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.history.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A history's operations on the report's clock, seconds since its first event: each completed
 * operation as a sample (when it was invoked, how long it took, how it ended), and the
 * completions of each outcome per one-second bucket.
 */
final class Timeline {
    /** What a completion can be, in the order the charts and tables show them. */
    static final List<Op.Type> OUTCOMES = List.of(Op.Type.OK, Op.Type.FAIL, Op.Type.INFO);

    private static final double NANOS_PER_SECOND = 1e9;

    /** An outcome as the legends and tables name it. */
    static String label(Op.Type outcome) {
        return outcome == Op.Type.INFO ? "info (timeout, unknown)" : outcome.name().toLowerCase(Locale.ROOT);
    }

    /** One completed operation. */
    record Sample(String f, Op.Type outcome, double invokedSeconds, double completedSeconds, double latencyMillis) {
    }

    private final long originNanos;
    private final List<Sample> samples;
    private final Map<Op.Type, Long> counts;
    private final long unfinished;

    private Timeline(long originNanos, List<Sample> samples, Map<Op.Type, Long> counts, long unfinished) {
        this.originNanos = originNanos;
        this.samples = List.copyOf(samples);
        this.counts = counts;
        this.unfinished = unfinished;
    }

    static Timeline of(List<Operation> operations) {
        long origin = operations.stream().mapToLong(Operation::invokedAt).min().orElse(0);
        List<Sample> samples = new ArrayList<>();
        Map<Op.Type, Long> counts = new EnumMap<>(Op.Type.class);
        long unfinished = 0;
        for (Operation operation : operations) {
            counts.merge(operation.outcome(), 1L, Long::sum);
            // Operation.completedAt() is "never" for every INFO; the completion's own time is when
            // the client gave up, which is what latency and throughput are about. Only an
            // invocation the run ended on has no completion time at all.
            long completed = operation.completion().timeNanos();
            if (completed == Long.MAX_VALUE) {
                unfinished++;
                continue;
            }
            long invoked = operation.invokedAt();
            samples.add(new Sample(operation.f(), operation.outcome(), (invoked - origin) / NANOS_PER_SECOND,
                    (completed - origin) / NANOS_PER_SECOND, (completed - invoked) / 1e6));
        }
        return new Timeline(origin, samples, counts, unfinished);
    }

    /** A time of the same clock ({@code System.nanoTime()} of the run), e.g. a fault's start, in report seconds. */
    double seconds(long nanos) {
        return (nanos - originNanos) / NANOS_PER_SECOND;
    }

    /** The completed operations, in invocation order. */
    List<Sample> samples() {
        return samples;
    }

    List<Sample> samples(Op.Type outcome) {
        return samples.stream().filter(s -> s.outcome() == outcome).toList();
    }

    /** Operations that ended so, completed or not (one the run ended on counts as INFO, as its outcome is unknown). */
    long count(Op.Type outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Invocations still in flight when the run ended: counted as INFO, but without a latency. */
    long unfinished() {
        return unfinished;
    }

    /** The last completion, in report seconds; 0 without any. */
    double endSeconds() {
        return samples.stream().mapToDouble(Sample::completedSeconds).max().orElse(0);
    }

    /** Completions from the first invocation to the last completion, per second. */
    double opsPerSecond() {
        double end = endSeconds();
        return end > 0 ? samples.size() / end : 0;
    }

    /** One-second buckets: enough to hold the last completion. */
    int buckets() {
        return samples.isEmpty() ? 0 : (int) endSeconds() + 1;
    }

    /** Completions with this outcome in each bucket: element {@code i} counts those in [i s, i+1 s). */
    long[] perSecond(Op.Type outcome) {
        long[] counts = new long[buckets()];
        for (Sample sample : samples) {
            if (sample.outcome() == outcome) {
                counts[(int) sample.completedSeconds()]++;
            }
        }
        return counts;
    }
}
