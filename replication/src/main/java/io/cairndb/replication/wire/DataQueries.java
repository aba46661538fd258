package io.cairndb.replication.wire;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.proto.DataQuery;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.ReadPageReply;
import io.cairndb.proto.ReadPageRequest;
import io.cairndb.proto.StatsReply;
import io.cairndb.proto.StatsRequest;
import io.cairndb.replication.store.GroupStore;
import io.cairndb.replication.store.StoreUnavailableException;

/**
 * Answers the reads of the DataPlane from a group's store: the same code serves LINEARIZABLE
 * reads (in the state machine's query, after ReadIndex) and EVENTUAL reads (on any replica).
 * DynamoDB errors (a bad start key, say) become the reply's failure;
 * {@link StoreUnavailableException} propagates.
 */
public final class DataQueries {
    private DataQueries() {
    }

    /** The encoded reply ({@link GetReply}, {@link ReadPageReply} or {@link StatsReply}) to {@code query}. */
    public static byte[] answer(GroupStore store, DataQuery query) {
        return switch (query.getQueryCase()) {
            case GET -> get(store, query.getGet()).toByteArray();
            case READ_PAGE -> readPage(store, query.getReadPage()).toByteArray();
            case STATS -> stats(store, query.getStats()).toByteArray();
            case QUERY_NOT_SET -> throw new IllegalArgumentException("empty data query");
        };
    }

    public static GetReply get(GroupStore store, GetRequest request) {
        try {
            TableDefinition table = TableRefs.toDefinition(request.getTable());
            Item item = store.get(table, ItemCodec.decode(request.getKey().toByteArray()));
            GetReply.Builder reply = GetReply.newBuilder().setFound(item != null);
            if (item != null) {
                reply.setItem(ByteString.copyFrom(ItemCodec.encode(item)));
            }
            return reply.build();
        } catch (DynamoDbException e) {
            return GetReply.newBuilder().setFailure(Failures.dynamoDb(e)).build();
        }
    }

    public static ReadPageReply readPage(GroupStore store, ReadPageRequest request) {
        try {
            TableDefinition table = TableRefs.toDefinition(request.getTable());
            Page page = store.read(table, ReadPages.toReadRequest(request));
            ReadPageReply.Builder reply = ReadPageReply.newBuilder().setBytesRead(page.bytesRead());
            for (Item item : page.items()) {
                reply.addItems(ByteString.copyFrom(ItemCodec.encode(item)));
            }
            if (page.lastEvaluatedKey() != null) {
                reply.setLastEvaluatedKey(ByteString.copyFrom(ItemCodec.encode(page.lastEvaluatedKey())));
            }
            return reply.build();
        } catch (DynamoDbException e) {
            return ReadPageReply.newBuilder().setFailure(Failures.dynamoDb(e)).build();
        }
    }

    public static StatsReply stats(GroupStore store, StatsRequest request) {
        try {
            TableStats stats = store.stats(TableRefs.toDefinition(request.getTable()));
            return StatsReply.newBuilder().setItemCount(stats.itemCount()).setSizeBytes(stats.sizeBytes()).build();
        } catch (DynamoDbException e) {
            return StatsReply.newBuilder().setFailure(Failures.dynamoDb(e)).build();
        }
    }
}
