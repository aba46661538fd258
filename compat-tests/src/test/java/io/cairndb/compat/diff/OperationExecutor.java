package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Runs one {@link DiffOperation} against one target and returns its normalised observation: the
 * single answer, every page of a Query, or the merged pages of a Scan over all its segments.
 */
final class OperationExecutor {

    /** A guard against a server that keeps returning LastEvaluatedKey: no generated table is this large. */
    private static final int MAX_PAGES = 2_000;
    static final String PAGE_COUNT = "__pages";
    static final String CAPACITY = "__capacityUnits";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OperationExecutor() {
    }

    static JsonNode execute(WireClient client, DiffOperation operation) {
        return switch (operation.shape()) {
            case SINGLE -> ResponseNormalizer.normalise(client.send(operation.operation(), operation.request()));
            case ALL_PAGES_ORDERED -> allPagesInOrder(client, operation);
            case ALL_PAGES_UNORDERED -> allSegmentsAsMultiset(client, operation);
        };
    }

    private static JsonNode allPagesInOrder(WireClient client, DiffOperation operation) {
        ArrayNode pages = NODES.arrayNode();
        ObjectNode request = operation.request().deepCopy();
        for (int page = 0; page < MAX_PAGES; page++) {
            WireResponse response = client.send(operation.operation(), request);
            pages.add(ResponseNormalizer.normalise(response));
            JsonNode next = response.body().get("LastEvaluatedKey");
            if (response.isError() || next == null) {
                break;
            }
            request.set("ExclusiveStartKey", next);
        }
        ObjectNode result = NODES.objectNode();
        result.set("pages", pages);
        return result;
    }

    /**
     * Follows every segment to its end and merges: items as a sorted multiset, Count and ScannedCount
     * summed, the first error (if any). Capacity is summed too, but page boundaries decide how a scan's
     * capacity is rounded, so the runner compares it only when both sides read exactly one page.
     */
    private static JsonNode allSegmentsAsMultiset(WireClient client, DiffOperation operation) {
        int segments = operation.request().path("TotalSegments").asInt(1);
        ArrayNode items = NODES.arrayNode();
        long count = 0;
        long scanned = 0;
        int pages = 0;
        BigDecimal capacity = BigDecimal.ZERO;
        for (int segment = 0; segment < Math.max(1, segments); segment++) {
            ObjectNode request = operation.request().deepCopy();
            if (operation.request().has("TotalSegments") && !operation.request().has("Segment")) {
                request.put("Segment", segment);
            }
            for (int page = 0; page < MAX_PAGES; page++) {
                WireResponse response = client.send(operation.operation(), request);
                if (response.isError()) {
                    return ResponseNormalizer.normalise(response);
                }
                pages++;
                JsonNode body = response.body();
                body.path("Items").forEach(item -> items.add(ResponseNormalizer.normaliseBody(item)));
                count += body.path("Count").asLong();
                scanned += body.path("ScannedCount").asLong();
                if (body.has("ConsumedCapacity")) {
                    capacity = capacity.add(body.get("ConsumedCapacity").path("CapacityUnits").decimalValue());
                }
                JsonNode next = body.get("LastEvaluatedKey");
                if (next == null) {
                    break;
                }
                request.set("ExclusiveStartKey", next);
            }
            if (operation.request().has("Segment")) {
                break;
            }
        }
        ObjectNode result = NODES.objectNode();
        if (!"COUNT".equals(operation.request().path("Select").asText())) {
            result.set("Items", ResponseNormalizer.sorted(items));
        }
        result.put("Count", count);
        result.put("ScannedCount", scanned);
        result.put(PAGE_COUNT, pages);
        if (operation.request().has("ReturnConsumedCapacity")
                && !"NONE".equals(operation.request().get("ReturnConsumedCapacity").asText())) {
            result.put(CAPACITY, capacity.stripTrailingZeros());
        }
        return result;
    }
}
