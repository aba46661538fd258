package io.cairndb.chaos.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearizabilityCheckerTest {
    private final LinearizabilityChecker checker = new LinearizabilityChecker();

    @Test
    void sequentialHistoryIsLinearizable() {
        History h = new Histories()
                .invoke(1, "read", "k", Value.NONE, 0).ok(1, Value.NONE, 1)
                .invoke(1, "write", "k", Value.of(1), 2).ok(1, 3)
                .invoke(2, "cas", "k", new Value.Cas(1L, 2), 4).ok(2, 5)
                .invoke(1, "read", "k", Value.NONE, 6).ok(1, Value.of(2), 7)
                .build();
        assertThat(checker.check(h).isValid()).isTrue();
    }

    @Test
    void concurrentOperationsMayTakeEffectInEitherOrder() {
        // The read overlaps both writes, so it may see 2 although write 2 was invoked after write 1.
        History h = new Histories()
                .invoke(1, "write", "k", Value.of(1), 0)
                .invoke(2, "write", "k", Value.of(2), 1)
                .invoke(3, "read", "k", Value.NONE, 2)
                .ok(2, 3).ok(3, Value.of(1), 4).ok(1, 5)
                .build();
        assertThat(checker.check(h).isValid()).isTrue();
    }

    @Test
    void staleReadAfterAnAcknowledgedWriteIsCaughtWithItsWindow() {
        History h = new Histories()
                .invoke(1, "write", "k", Value.of(1), 0).ok(1, 1)
                .invoke(1, "write", "k", Value.of(2), 2).ok(1, 3)
                .invoke(2, "read", "k", Value.NONE, 4).ok(2, Value.of(1), 5)
                .invoke(3, "read", "other", Value.NONE, 4).ok(3, Value.NONE, 5)
                .build();
        Verdict verdict = checker.check(h);
        assertThat(verdict.validity()).isEqualTo(Verdict.Validity.INVALID);
        assertThat(verdict.summary()).contains("key k").contains("read k nil -> OK 1");
        assertThat(verdict.details()).anyMatch(line -> line.contains("held 2"));
    }

    @Test
    void unknownWritesMayHappenLateOrNeverButFailedOnesNever() {
        History mayHappen = new Histories()
                .invoke(1, "write", "k", Value.of(1), 0).info(1, 1)
                .invoke(2, "read", "k", Value.NONE, 2).ok(2, Value.NONE, 3)
                .invoke(2, "read", "k", Value.NONE, 4).ok(2, Value.of(1), 5)
                .build();
        assertThat(checker.check(mayHappen).isValid()).isTrue();

        History failed = new Histories()
                .invoke(1, "write", "k", Value.of(1), 0).fail(1, 1)
                .invoke(2, "read", "k", Value.NONE, 2).ok(2, Value.of(1), 3)
                .build();
        assertThat(checker.check(failed).validity()).isEqualTo(Verdict.Validity.INVALID);
    }

    @Test
    void casTakesEffectOnlyOnItsExpectedValue() {
        History h = new Histories()
                .invoke(1, "write", "k", Value.of(1), 0).ok(1, 1)
                .invoke(1, "cas", "k", new Value.Cas(5L, 6), 2).ok(1, 3)
                .build();
        assertThat(checker.check(h).validity()).isEqualTo(Verdict.Validity.INVALID);
    }

    /** Random histories of a real (locked) register are linearizable; one doctored read makes them not. */
    @Test
    void randomHistoriesOfAnAtomicRegisterAreLinearizableAndADoctoredReadIsCaught() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Histories h = new Histories();
            Long register = null;
            long time = 0;
            Long doctoredFrom = null;
            for (int i = 0; i < 200; i++) {
                int process = random.nextInt(5);
                time += 2;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        h.invoke(process, "read", "k", Value.NONE, time);
                        h.ok(process, register == null ? Value.NONE : Value.of(register), time + 1);
                    }
                    case 1 -> {
                        long v = random.nextInt(4);
                        h.invoke(process, "write", "k", Value.of(v), time).ok(process, time + 1);
                        register = v;
                    }
                    default -> {
                        long expected = random.nextInt(4);
                        long updated = random.nextInt(4);
                        h.invoke(process, "cas", "k", new Value.Cas(expected, updated), time);
                        if (register != null && register == expected) {
                            register = updated;
                            h.ok(process, time + 1);
                        } else {
                            h.fail(process, time + 1);
                        }
                    }
                }
            }
            assertThat(checker.check(h.build()).isValid()).as("seed %d", seed).isTrue();

            // The same history plus a read, after everything, of a value the register does not hold.
            long wrong = register == null ? 9 : register + 100;
            History doctored = h.invoke(7, "read", "k", Value.NONE, time + 10).ok(7, Value.of(wrong), time + 11).build();
            assertThat(checker.check(doctored).validity()).as("seed %d doctored", seed)
                    .isEqualTo(Verdict.Validity.INVALID);
        }
    }

    /**
     * Concurrent histories of an atomic register: every operation takes effect at a random
     * instant inside its interval (an unknown one sometimes never), so each history is
     * linearizable by construction, and the checker must find it so.
     */
    @Test
    void concurrentHistoriesWithUnknownOutcomesAreLinearizable() {
        for (long seed = 1; seed <= 10; seed++) {
            History history = atomicRegisterHistory(new Random(seed), 6, 600);
            Verdict verdict = checker.check(history);
            assertThat(verdict.isValid()).as("seed %d: %s %s", seed, verdict.summary(), verdict.details()).isTrue();
        }
    }

    /** One simulated operation: its interval, the instant it takes effect, and what it does. */
    private record Span(int process, long invoke, long effect, long complete, String f, long a, long b, Fate fate) {
        enum Fate { ACKNOWLEDGED, UNKNOWN_APPLIED, UNKNOWN_LOST }

        Value request() {
            return switch (f) {
                case "read" -> Value.NONE;
                case "write" -> Value.of(a);
                default -> new Value.Cas(a, b);
            };
        }
    }

    private static History atomicRegisterHistory(Random random, int processes, int operations) {
        List<Span> spans = new ArrayList<>();
        long[] free = new long[processes];
        for (int i = 0; i < operations; i++) {
            int process = random.nextInt(processes);
            long invoke = free[process] + 1 + random.nextInt(5);
            long complete = invoke + 1 + random.nextInt(40);
            free[process] = complete;
            String f = List.of("read", "write", "cas").get(random.nextInt(3));
            Span.Fate fate = f.equals("read") || random.nextInt(20) != 0 ? Span.Fate.ACKNOWLEDGED
                    : random.nextBoolean() ? Span.Fate.UNKNOWN_APPLIED : Span.Fate.UNKNOWN_LOST;
            spans.add(new Span(process, invoke, invoke + random.nextInt((int) (complete - invoke)), complete, f,
                    random.nextInt(3), random.nextInt(3), fate));
        }
        // Apply in effect order to learn each read's value and each cas's outcome.
        Map<Span, Value> reads = new HashMap<>();
        Map<Span, Boolean> swapped = new HashMap<>();
        Long register = null;
        for (Span span : spans.stream().sorted(Comparator.comparingLong(Span::effect)).toList()) {
            if (span.fate() == Span.Fate.UNKNOWN_LOST) {
                continue;
            }
            switch (span.f()) {
                case "read" -> reads.put(span, register == null ? Value.NONE : Value.of(register));
                case "write" -> register = span.a();
                default -> {
                    boolean holds = register != null && register == span.a();
                    swapped.put(span, holds);
                    if (holds) {
                        register = span.b();
                    }
                }
            }
        }
        // Record in time order; at equal times completions first (a process invokes after it completed).
        record Event(long time, boolean invoke, Span span) {
        }
        List<Event> events = new ArrayList<>();
        spans.forEach(span -> {
            events.add(new Event(span.invoke(), true, span));
            events.add(new Event(span.complete(), false, span));
        });
        events.sort(Comparator.comparingLong(Event::time).thenComparing(Event::invoke));
        Histories h = new Histories();
        for (Event event : events) {
            Span span = event.span();
            if (event.invoke()) {
                h.invoke(span.process(), span.f(), "k", span.request(), event.time());
            } else if (span.fate() != Span.Fate.ACKNOWLEDGED) {
                h.info(span.process(), event.time());
            } else if (span.f().equals("read")) {
                h.ok(span.process(), reads.get(span), event.time());
            } else if (span.f().equals("cas") && !swapped.get(span)) {
                h.fail(span.process(), event.time());
            } else {
                h.ok(span.process(), event.time());
            }
        }
        return h.build();
    }
}
