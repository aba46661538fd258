package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.history.Operation;
import io.cairndb.chaos.history.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Eventually consistent reads ({@code eventual-read}) may be stale, but may only return a value
 * some write or cas on the same key (acknowledged or unknown) had been invoked with before the
 * read completed, or nothing (the item may not have reached that replica yet).
 */
public final class EventualReadChecker implements Checker {
    public static final String EVENTUAL_READ = "eventual-read";

    @Override
    public String name() {
        return "eventual-reads";
    }

    @Override
    public Verdict check(History history) {
        List<Operation> operations = history.operations();
        // key -> value -> earliest invocation of a write of it that may have taken effect
        Map<String, Map<Long, Long>> writtenAt = new HashMap<>();
        for (Operation operation : operations) {
            if (operation.outcome() == Op.Type.FAIL) {
                continue;
            }
            Long written = switch (operation.invoke().value()) {
                case Value.Num num when operation.f().equals(RegisterModel.WRITE) -> num.value();
                case Value.Cas cas when operation.f().equals(RegisterModel.CAS) -> cas.updated();
                default -> null;
            };
            if (written != null) {
                writtenAt.computeIfAbsent(operation.key(), k -> new HashMap<>())
                        .merge(written, operation.invokedAt(), Math::min);
            }
        }
        int reads = 0;
        List<String> invented = new ArrayList<>();
        for (Operation read : operations) {
            if (!read.f().equals(EVENTUAL_READ) || !read.ok()) {
                continue;
            }
            reads++;
            if (read.completion().value() instanceof Value.Num num) {
                Long since = writtenAt.getOrDefault(read.key(), Map.of()).get(num.value());
                if (since == null || since > read.completedAt()) {
                    invented.add(read + ": no write of " + num.value() + " to " + read.key() + " began before it");
                }
            }
        }
        if (invented.isEmpty()) {
            return Verdict.valid(name(), reads + " eventually consistent reads, each of a written value");
        }
        return new Verdict(name(), Verdict.Validity.INVALID,
                invented.size() + " of " + reads + " eventually consistent reads returned a value never written", invented);
    }
}
