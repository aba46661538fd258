package io.cairndb.chaos.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetCounterEventualCheckerTest {

    @Test
    void setKeepsEveryAcknowledgedInsertAndInventsNothing() {
        Histories h = new Histories()
                .invoke(1, "add", "s", Value.of(1), 0).ok(1, 1)
                .invoke(2, "add", "s", Value.of(2), 0).info(2, 2)
                .invoke(3, "add", "s", Value.of(3), 0).fail(3, 1);
        History good = h.invoke(1, "read", "s", Value.NONE, 10).ok(1, new Value.Elements(List.of(1L, 2L)), 11).build();
        assertThat(new SetChecker().check(good).isValid()).isTrue();

        History lostAndInvented = new Histories()
                .invoke(1, "add", "s", Value.of(1), 0).ok(1, 1)
                .invoke(3, "add", "s", Value.of(3), 0).fail(3, 1)
                .invoke(1, "read", "s", Value.NONE, 10).ok(1, new Value.Elements(List.of(3L, 4L)), 11).build();
        Verdict verdict = new SetChecker().check(lostAndInvented);
        assertThat(verdict.validity()).isEqualTo(Verdict.Validity.INVALID);
        assertThat(verdict.details()).containsExactly("lost (acknowledged, not read): [1]",
                "invented (read, never attempted): [3, 4]");
    }

    @Test
    void counterReadsLieBetweenAcknowledgedAndAttempted() {
        Histories h = new Histories()
                .invoke(1, "add", "c", Value.of(1), 0).ok(1, 1)
                .invoke(2, "add", "c", Value.of(1), 2).info(2, 3)
                .invoke(3, "add", "c", Value.of(1), 2).fail(3, 3);
        assertThat(new CounterChecker().check(new Histories()
                .invoke(1, "add", "c", Value.of(1), 0).ok(1, 1)
                .invoke(2, "add", "c", Value.of(1), 2).info(2, 3)
                .invoke(1, "read", "c", Value.NONE, 5).ok(1, Value.of(2), 6).build()).isValid()).isTrue();

        History tooHigh = h.invoke(1, "read", "c", Value.NONE, 5).ok(1, Value.of(3), 6).build();
        assertThat(new CounterChecker().check(tooHigh).validity()).isEqualTo(Verdict.Validity.INVALID);
        History tooLow = new Histories()
                .invoke(1, "add", "c", Value.of(1), 0).ok(1, 1)
                .invoke(1, "read", "c", Value.NONE, 5).ok(1, Value.of(0), 6).build();
        assertThat(new CounterChecker().check(tooLow).details()).singleElement().asString()
                .contains("expected between 1 and 1");
    }

    @Test
    void eventualReadsMayBeStaleButNeverInvented() {
        Histories h = new Histories()
                .invoke(1, "write", "k", Value.of(1), 0).ok(1, 1)
                .invoke(1, "write", "k", Value.of(2), 2).ok(1, 3)
                .invoke(2, "eventual-read", "k", Value.NONE, 4).ok(2, Value.of(1), 5);
        assertThat(new EventualReadChecker().check(h.build()).isValid()).isTrue();
        History invented = h.invoke(2, "eventual-read", "k", Value.NONE, 6).ok(2, Value.of(7), 7).build();
        assertThat(new EventualReadChecker().check(invented).validity()).isEqualTo(Verdict.Validity.INVALID);
    }
}
