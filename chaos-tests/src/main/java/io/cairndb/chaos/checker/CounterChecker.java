package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Operation;
import io.cairndb.chaos.history.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A counter incremented with UpdateItem ADD ({@code add} of a non-negative delta) and read
 * strongly ({@code read}). Each successful read must lie between the sum of the increments
 * acknowledged before the read was invoked and the sum of those attempted (acknowledged or
 * unknown) before it completed; the final read is one of them.
 */
public final class CounterChecker implements Checker {
    public static final String ADD = "add";
    public static final String READ = "read";

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public Verdict check(History history) {
        List<Operation> operations = history.operations();
        List<Operation> adds = new ArrayList<>();
        List<Operation> reads = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.f().equals(ADD)) {
                if (delta(operation) < 0) {
                    throw new IllegalArgumentException("the counter checker needs non-negative increments: " + operation);
                }
                adds.add(operation);
            } else if (operation.f().equals(READ) && operation.ok()) {
                reads.add(operation);
            }
        }
        List<String> violations = new ArrayList<>();
        for (Operation read : reads) {
            long lower = 0;
            long upper = 0;
            for (Operation add : adds) {
                if (add.ok() && add.completedAt() < read.invokedAt()) {
                    lower += delta(add);
                }
                if ((add.ok() || add.unknown()) && add.invokedAt() < read.completedAt()) {
                    upper += delta(add);
                }
            }
            long value = read.completion().value() instanceof Value.Num num ? num.value() : 0;
            if (value < lower || value > upper) {
                violations.add(read + ": expected between " + lower + " and " + upper);
            }
        }
        long acknowledged = adds.stream().filter(Operation::ok).mapToLong(CounterChecker::delta).sum();
        long attempted = adds.stream().filter(a -> a.ok() || a.unknown()).mapToLong(CounterChecker::delta).sum();
        String figures = reads.size() + " reads; increments acknowledged " + acknowledged + ", attempted " + attempted;
        if (reads.isEmpty()) {
            return new Verdict(name(), Verdict.Validity.UNKNOWN, figures + ": no successful read", List.of());
        }
        if (violations.isEmpty()) {
            return Verdict.valid(name(), figures + ": every read within bounds");
        }
        return new Verdict(name(), Verdict.Validity.INVALID, figures + ": " + violations.size() + " reads out of bounds",
                violations);
    }

    private static long delta(Operation add) {
        return ((Value.Num) add.invoke().value()).value();
    }
}
