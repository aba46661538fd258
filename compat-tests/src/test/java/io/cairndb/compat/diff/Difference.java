package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two targets answered one request differently. Carries everything needed to reproduce it: the
 * seed of the random run (or the name of a hand-written case), the operation's index, the request
 * and both normalised answers.
 */
public record Difference(String source, int index, DiffOperation operation, JsonNode expected, JsonNode actual) {

    @Override
    public String toString() {
        return source + " op#" + index + " " + operation.operation() + " (" + operation.shape() + ")\n"
                + "  request:  " + operation.request() + "\n"
                + "  expected (reference): " + expected + "\n"
                + "  actual   (candidate): " + actual;
    }
}
