package io.cairndb.router.ops.item;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeySchema;

/**
 * Whether a Query page that stopped (at its Limit or its size) has in fact read the whole key
 * range, so that its LastEvaluatedKey can be left out.
 *
 * <p>DynamoDB documents that a LastEvaluatedKey "does not necessarily mean that there is more data",
 * so both answers are allowed; CairnDB answers as DynamoDB Local does, which leaves it out when the
 * table has no sort key (a partition holds one item) and when the last item read sits on the
 * range's inclusive end in the reading direction: {@code <=} or BETWEEN's upper bound reading
 * forward, {@code >=} or BETWEEN's lower bound reading backward. DynamoDB Local keeps it for an
 * equality condition and for open ends, and so does CairnDB.
 */
final class QueryRangeEnd {
    private QueryRangeEnd() {
    }

    /** {@code page}, without its LastEvaluatedKey when the key range is read to its end. */
    static Page trim(Page page, KeySchema schema, KeyCondition keyCondition, boolean forward) {
        Item last = page.lastEvaluatedKey();
        if (last == null || !isRangeEnd(last, schema, keyCondition, forward)) {
            return page;
        }
        return new Page(page.items(), page.count(), page.scannedCount(), null, page.bytesRead());
    }

    private static boolean isRangeEnd(Item last, KeySchema schema, KeyCondition keyCondition, boolean forward) {
        if (!schema.hasSortKey()) {
            return true;
        }
        SortKeyCondition sortKey = keyCondition.sortKey();
        if (sortKey == null) {
            return false;
        }
        AttributeValue inclusiveEnd = switch (sortKey.operator()) {
            case LE -> forward ? sortKey.value() : null;
            case GE -> forward ? null : sortKey.value();
            case BETWEEN -> forward ? sortKey.upper() : sortKey.value();
            case EQ, LT, GT, BEGINS_WITH -> null;
        };
        return inclusiveEnd != null && inclusiveEnd.equals(last.get(schema.sortKey().name()));
    }
}
