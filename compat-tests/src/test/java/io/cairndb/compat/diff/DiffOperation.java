package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request of a differential run and how its answers are compared.
 *
 * @param operation the DynamoDB operation name (the part after {@code DynamoDB_20120810.})
 * @param request   the JSON request body, sent byte-identical to both targets
 * @param shape     how many HTTP calls it takes and which order DynamoDB guarantees
 */
public record DiffOperation(String operation, ObjectNode request, Shape shape) {

    public enum Shape {
        /** One call, answers compared exactly (after normalisation). */
        SINGLE,
        /** A Query followed through every page: DynamoDB orders Query results, so pages compare exactly. */
        ALL_PAGES_ORDERED,
        /**
         * A Scan followed through every page of every segment: Scan order is hash order, which differs
         * between implementations, so the items compare as a multiset and counts as sums.
         */
        ALL_PAGES_UNORDERED
    }

    public static DiffOperation single(String operation, ObjectNode request) {
        return new DiffOperation(operation, request, Shape.SINGLE);
    }

    public static DiffOperation queryAllPages(ObjectNode request) {
        return new DiffOperation("Query", request, Shape.ALL_PAGES_ORDERED);
    }

    public static DiffOperation scanAllPages(ObjectNode request) {
        return new DiffOperation("Scan", request, Shape.ALL_PAGES_UNORDERED);
    }
}
