package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the same requests to a reference (DynamoDB Local) and a candidate (CairnDB) and compares the
 * normalised answers. Differences that {@link KnownDifferences} explains are counted per entry; all
 * others are kept with everything needed to reproduce them.
 */
public final class DifferentialRunner {

    private final WireClient reference;
    private final WireClient candidate;
    private final List<Difference> unexplained = new ArrayList<>();
    private final Map<String, Integer> explainedCounts = new LinkedHashMap<>();
    private final Map<String, Integer> outcomes = new java.util.TreeMap<>();
    private final Map<String, Long> nanosByOperation = new java.util.TreeMap<>();
    private static final boolean DEBUG = Boolean.getBoolean("cairn.diff.debug");
    private int operations;

    public DifferentialRunner(WireClient reference, WireClient candidate) {
        this.reference = reference;
        this.candidate = candidate;
    }

    /** Runs one operation on both targets; returns the difference when no known difference explains it. */
    public Optional<Difference> run(String source, int index, DiffOperation operation) {
        operations++;
        long started = System.nanoTime();
        JsonNode expected = OperationExecutor.execute(reference, operation);
        JsonNode actual = OperationExecutor.execute(candidate, operation);
        nanosByOperation.merge(operation.operation(), System.nanoTime() - started, Long::sum);
        outcomes.merge(operation.operation() + " -> " + outcome(expected), 1, Integer::sum);
        if (operation.shape() == DiffOperation.Shape.ALL_PAGES_UNORDERED) {
            dropIncomparableScanCapacity(expected, actual);
        }
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        Optional<KnownDifference> known = KnownDifferences.explaining(operation, expected, actual);
        if (known.isPresent()) {
            explainedCounts.merge(known.get().id(), 1, Integer::sum);
            return Optional.empty();
        }
        Difference difference = new Difference(source, index, operation, expected, actual);
        unexplained.add(difference);
        return Optional.of(difference);
    }

    /**
     * How many pages a Scan takes depends on the hash order of the items (1 MB pages) and every page's
     * capacity is rounded up on its own: totals are only comparable when both sides read one page.
     */
    private static void dropIncomparableScanCapacity(JsonNode expected, JsonNode actual) {
        if (!(expected instanceof ObjectNode e) || !(actual instanceof ObjectNode a)) {
            return;
        }
        boolean onePageEach = e.path(OperationExecutor.PAGE_COUNT).asInt() == 1
                && a.path(OperationExecutor.PAGE_COUNT).asInt() == 1;
        if (!onePageEach) {
            e.remove(OperationExecutor.CAPACITY);
            a.remove(OperationExecutor.CAPACITY);
        }
        e.remove(OperationExecutor.PAGE_COUNT);
        a.remove(OperationExecutor.PAGE_COUNT);
    }

    /** "ok" or the error type of the reference answer: shows what share of a run exercised which path. */
    private static String outcome(JsonNode observation) {
        JsonNode error = observation.path("__error");
        if (error.isMissingNode()) {
            error = observation.path("pages").path(observation.path("pages").size() - 1).path("__error");
        }
        return error.isMissingNode() ? "ok" : error.path("type").asText() + (DEBUG ? ": " + error.path("message").asText() : "");
    }

    /** Per operation and reference outcome, how many requests the run sent. */
    public Map<String, Integer> outcomes() {
        return Map.copyOf(outcomes);
    }

    /** Wall time per operation name, both targets together, in milliseconds. */
    public Map<String, Long> millisByOperation() {
        Map<String, Long> millis = new java.util.TreeMap<>();
        nanosByOperation.forEach((name, nanos) -> millis.put(name, nanos / 1_000_000));
        return millis;
    }

    public List<Difference> unexplained() {
        return List.copyOf(unexplained);
    }

    public Map<String, Integer> explainedCounts() {
        return Map.copyOf(explainedCounts);
    }

    public int operations() {
        return operations;
    }
}
