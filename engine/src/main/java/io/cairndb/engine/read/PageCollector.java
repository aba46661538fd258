package io.cairndb.engine.read;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.size.ItemSize;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * DynamoDB's page rules for Query and Scan, applied to items in read order.
 *
 * <ul>
 *   <li>Every item taken from the cursor is <em>evaluated</em>: it counts in ScannedCount, its
 *       size in the bytes read, and toward {@code Limit}.</li>
 *   <li>The page ends after {@code Limit} items evaluated, or once the items evaluated reach
 *       1 MB ({@link #PAGE_BYTES} of {@link ItemSize}), counted before the filter: a selective
 *       filter can return few or no items with a LastEvaluatedKey.</li>
 *   <li>Then the filter decides Count and which items are returned, projected; Select=COUNT
 *       returns none.</li>
 *   <li>When the page ended by limit or size, LastEvaluatedKey is the key of the last item
 *       evaluated, even if no item follows (DynamoDB does the same: only a page that ran out of
 *       items has none).</li>
 * </ul>
 * The cursor is read lazily: nothing past the page's last item is read.
 */
public final class PageCollector {
    /** The page size limit: 1 MB, counted before the filter. */
    public static final long PAGE_BYTES = 1024 * 1024;

    private PageCollector() {
    }

    public static Page collect(Iterator<Item> cursor, KeySchema tableKey, ReadRequest request) {
        Condition filter = request.filter();
        Projection projection = request.projection();
        int limit = request.limit() > 0 ? request.limit() : Integer.MAX_VALUE;
        List<Item> items = request.countOnly() ? List.of() : new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        while (cursor.hasNext()) {
            Item item = cursor.next();
            scanned++;
            bytes += ItemSize.of(item);
            if (filter == null || filter.test(item)) {
                count++;
                if (!request.countOnly()) {
                    items.add(projection == null ? item : projection.project(item));
                }
            }
            if (scanned >= limit || bytes >= PAGE_BYTES) {
                return new Page(items, count, scanned, tableKey.keyOf(item), bytes);
            }
        }
        return new Page(items, count, scanned, null, bytes);
    }
}
