package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Operation;
import io.cairndb.chaos.history.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Concurrent inserts ({@code add} of distinct elements), then a final strongly consistent
 * {@code read} of the whole set: every acknowledged insert must be in it (none lost), and every
 * element in it must have been attempted (none invented). Unknown inserts may be either way.
 */
public final class SetChecker implements Checker {
    public static final String ADD = "add";
    public static final String READ = "read";

    @Override
    public String name() {
        return "set";
    }

    @Override
    public Verdict check(History history) {
        Set<Long> acknowledged = new TreeSet<>();
        Set<Long> attempted = new TreeSet<>();
        List<Operation> finalReads = new ArrayList<>();
        for (Operation operation : history.operations()) {
            if (operation.f().equals(ADD)) {
                long element = ((Value.Num) operation.invoke().value()).value();
                if (operation.ok()) {
                    acknowledged.add(element);
                }
                if (operation.ok() || operation.unknown()) {
                    attempted.add(element);
                }
            } else if (operation.f().equals(READ) && operation.ok()) {
                finalReads.add(operation);
            }
        }
        if (finalReads.isEmpty()) {
            return new Verdict(name(), Verdict.Validity.UNKNOWN, "no successful final read", List.of());
        }
        Operation last = finalReads.get(finalReads.size() - 1);
        Set<Long> read = new TreeSet<>(((Value.Elements) last.completion().value()).elements());
        Set<Long> lost = new TreeSet<>(acknowledged);
        lost.removeAll(read);
        Set<Long> invented = new TreeSet<>(read);
        invented.removeAll(attempted);
        String figures = acknowledged.size() + " acknowledged, " + (attempted.size() - acknowledged.size())
                + " unknown, " + read.size() + " read";
        if (lost.isEmpty() && invented.isEmpty()) {
            return Verdict.valid(name(), figures + ": nothing lost, nothing invented");
        }
        return new Verdict(name(), Verdict.Validity.INVALID,
                figures + ": " + lost.size() + " lost, " + invented.size() + " invented",
                List.of("lost (acknowledged, not read): " + lost, "invented (read, never attempted): " + invented));
    }
}
