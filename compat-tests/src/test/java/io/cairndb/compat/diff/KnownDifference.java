package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiFunction;

/**
 * A difference between DynamoDB Local and CairnDB that is understood and accepted, with its reason.
 * It explains a pair of answers when applying {@code erase} to both makes them equal: the eraser
 * removes exactly the aspect the reason talks about, so any other difference still fails the run.
 *
 * @param id     short stable name, also used in docs/compatibility.md
 * @param reason why the answers may differ (usually: DynamoDB Local deviates from DynamoDB's documentation)
 * @param erase  rewrites an answer (to the given operation) so that the accepted difference disappears
 */
public record KnownDifference(String id, String reason, BiFunction<DiffOperation, JsonNode, JsonNode> erase) {

    public boolean explains(DiffOperation operation, JsonNode expected, JsonNode actual) {
        return erase.apply(operation, expected).equals(erase.apply(operation, actual));
    }
}
