package io.cairndb.replication.wire;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.codec.KeyConditionCodec;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.model.Item;
import io.cairndb.proto.ReadPageRequest;

/**
 * The storage request for one raw page: a Query when a key condition is set, else a Scan of
 * the hash range; never a filter or a projection (the router applies them).
 */
public final class ReadPages {
    private ReadPages() {
    }

    public static ReadRequest toReadRequest(ReadPageRequest request) {
        KeyCondition condition = request.getKeyCondition().isEmpty()
                ? null
                : KeyConditionCodec.decode(request.getKeyCondition().toByteArray());
        Item startKey = request.getExclusiveStartKey().isEmpty()
                ? null
                : ItemCodec.decode(request.getExclusiveStartKey().toByteArray());
        HashRange range = condition != null || (request.getHashLow() == 0 && request.getHashHigh() == 0)
                ? HashRange.FULL // a Query ignores the range; an unset range (0, 0) means the whole table
                : new HashRange(request.getHashLow(), request.getHashHigh());
        return new ReadRequest(condition, startKey, request.getLimit(), null, null, false,
                request.getForward(), true, 0, 1, range);
    }
}
