package io.cairndb.engine.dataplane;

import io.cairndb.engine.model.Item;
import java.util.List;

/**
 * One page of a Query or Scan.
 *
 * @param items             matching items after filter and projection (empty for COUNT)
 * @param count             items that matched the filter
 * @param scannedCount      items evaluated before the filter
 * @param lastEvaluatedKey  where the next page starts, or null when the read is complete
 * @param bytesRead         the summed size of the items evaluated, for capacity units
 */
public record Page(List<Item> items, int count, int scannedCount, Item lastEvaluatedKey, long bytesRead) {
}
