package io.cairndb.chaos.run;

import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.nemesis.NemesisInterval;
import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.history.Operation;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run produced: the verdicts, the faults, how the operations ended (OK, FAIL, INFO), and
 * where the history and the report were saved.
 */
public record RunResult(ChaosSettings settings, List<Verdict> verdicts, List<NemesisInterval> faults,
                        Map<Op.Type, Long> outcomes, Path history, Path report) {
    public RunResult {
        verdicts = List.copyOf(verdicts);
        faults = List.copyOf(faults);
        outcomes = Map.copyOf(outcomes);
    }

    /** Counts how {@code operations} ended; an operation still in flight at the end is INFO. */
    public static Map<Op.Type, Long> outcomesOf(List<Operation> operations) {
        return operations.stream().collect(Collectors.groupingBy(Operation::outcome, () -> new EnumMap<>(Op.Type.class),
                Collectors.counting()));
    }

    public long operations() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(Op.Type outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Operations per second of the clients' time. */
    public double opsPerSecond() {
        return operations() / (double) settings.time().toSeconds();
    }

    /** Valid only when every checker found the history valid. */
    public boolean valid() {
        return verdicts.stream().allMatch(Verdict::isValid);
    }
}
