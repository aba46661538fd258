package io.cairndb.router.cluster;

import io.cairndb.engine.model.Item;
import java.util.List;

/**
 * One page as a replica evaluated it: the items in read order, unfiltered and unprojected, and
 * where the slice continues (null when the replica read the slice to its end).
 */
record RawPage(List<Item> items, Item lastEvaluatedKey) {
}
