package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the register operations (read, write, cas) of a history are linearizable, key by
 * key: a history of independent registers is linearizable exactly when each key's is, which
 * keeps every search small (P-compositionality, as Knossos and Porcupine use it).
 *
 * <p>What each operation tells:
 * <ul>
 *   <li>OK: it took effect at one instant between its invocation and its completion;</li>
 *   <li>FAIL: it did not take effect (a cas whose condition failed, a refused request): ignored;</li>
 *   <li>INFO: a write or cas may take effect at any instant after its invocation, or never; a
 *       read with an unknown outcome returned nothing, so it constrains nothing and is ignored.</li>
 * </ul>
 * A non-linearizable key is reported with its smallest window: the operation the deepest search
 * could not place, the state the register was in, and the operations concurrent with it.
 */
public final class LinearizabilityChecker implements Checker {
    public static final long DEFAULT_STEP_BUDGET = 50_000_000;
    private static final Set<String> REGISTER_FUNCTIONS =
            Set.of(RegisterModel.READ, RegisterModel.WRITE, RegisterModel.CAS);

    private final long stepBudget;

    public LinearizabilityChecker() {
        this(DEFAULT_STEP_BUDGET);
    }

    /** {@code stepBudget}: search steps per key before the verdict is UNKNOWN. */
    public LinearizabilityChecker(long stepBudget) {
        this.stepBudget = stepBudget;
    }

    @Override
    public String name() {
        return "linearizable-register";
    }

    @Override
    public Verdict check(History history) {
        Map<String, List<Operation>> byKey = new LinkedHashMap<>();
        for (Operation operation : history.operations()) {
            if (REGISTER_FUNCTIONS.contains(operation.f()) && constrains(operation)) {
                byKey.computeIfAbsent(operation.key(), k -> new ArrayList<>()).add(operation);
            }
        }
        List<String> exhausted = new ArrayList<>();
        Counterexample smallest = null;
        int operations = 0;
        for (Map.Entry<String, List<Operation>> key : byKey.entrySet()) {
            operations += key.getValue().size();
            WglSearch.Result result = new WglSearch(key.getValue(), stepBudget).run();
            if (result.exhausted()) {
                exhausted.add(key.getKey());
            } else if (!result.linearizable()) {
                Counterexample found = Counterexample.of(key.getKey(), key.getValue(), result);
                if (smallest == null || found.window().size() < smallest.window().size()) {
                    smallest = found;
                }
            }
        }
        if (smallest != null) {
            return new Verdict(name(), Verdict.Validity.INVALID, "key " + smallest.key()
                    + " is not linearizable: " + smallest.stuck() + " cannot take effect", smallest.lines());
        }
        if (!exhausted.isEmpty()) {
            return new Verdict(name(), Verdict.Validity.UNKNOWN, "search budget exhausted on " + exhausted.size()
                    + " of " + byKey.size() + " keys", List.of("keys: " + exhausted));
        }
        return Verdict.valid(name(), byKey.size() + " keys, " + operations + " operations: linearizable");
    }

    private static boolean constrains(Operation operation) {
        return switch (operation.outcome()) {
            case OK -> true;
            case FAIL, INVOKE -> false;
            case INFO -> !operation.f().equals(RegisterModel.READ);
        };
    }

    /** The operation no linearization could place, with the operations concurrent with it. */
    private record Counterexample(String key, Operation stuck, Long state, int depth, List<Operation> window) {
        static Counterexample of(String key, List<Operation> operations, WglSearch.Result result) {
            Operation stuck = result.stuck();
            List<Operation> window = operations.stream()
                    .filter(o -> o.invokedAt() <= stuck.completedAt() && o.completedAt() >= stuck.invokedAt())
                    .sorted(Comparator.comparingLong(Operation::invokedAt))
                    .toList();
            return new Counterexample(key, stuck, result.stateAtStuck(), result.depth(), window);
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("key " + key + ": after " + depth + " operations linearized, the register held "
                    + (state == null ? "nothing" : state) + " and no order let this operation take effect:");
            lines.add("  " + stuck);
            lines.add("operations concurrent with it (" + window.size() + "), by invocation time:");
            window.forEach(o -> lines.add("  " + o));
            return lines;
        }
    }
}
