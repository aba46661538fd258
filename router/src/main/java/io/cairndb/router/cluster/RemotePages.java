package io.cairndb.router.cluster;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.codec.KeyConditionCodec;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.ReadPageReply;
import io.cairndb.proto.ReadPageRequest;
import io.cairndb.replication.wire.TableRefs;
import java.util.ArrayList;
import java.util.List;

/** Raw pages of one Query or Scan request, read with ReadPage from the slice's group. */
final class RemotePages implements RawPageSource {
    private final DataPlaneCalls calls;
    private final String what;
    private final ReadRequest request;
    private final ReadPageRequest template;

    RemotePages(DataPlaneCalls calls, TableDefinition table, ReadRequest request) {
        this.calls = calls;
        this.what = (request.isQuery() ? "Query " : "Scan ") + table.name();
        this.request = request;
        ReadPageRequest.Builder template = ReadPageRequest.newBuilder()
                .setTable(TableRefs.toRef(table))
                .setForward(!request.isQuery() || request.forward())
                .setConsistency(request.consistentRead() ? Consistency.LINEARIZABLE : Consistency.EVENTUAL);
        if (request.isQuery()) {
            template.setKeyCondition(ByteString.copyFrom(KeyConditionCodec.encode(request.keyCondition())));
        }
        this.template = template.build();
    }

    @Override
    public RawPage fetch(Partition slice, Item exclusiveStartKey, int limit) {
        ReadPageRequest.Builder page = template.toBuilder().setLimit(limit);
        if (!request.isQuery()) {
            page.setHashLow(slice.hashes().low()).setHashHigh(slice.hashes().high());
        }
        if (exclusiveStartKey != null) {
            page.setExclusiveStartKey(ByteString.copyFrom(ItemCodec.encode(exclusiveStartKey)));
        }
        GroupTargets.Route route = request.consistentRead() ? GroupTargets.Route.LEADER : GroupTargets.Route.NEAREST;
        ReadPageReply reply = calls.call(what, route, map -> slice.groupId(),
                (stub, groupId) -> stub.readPage(page.setGroupId(groupId)
                        .setMinAppliedIndex(request.consistentRead() ? 0 : calls.watermarks().of(groupId)).build()),
                ReadPageReply::getFailure);
        List<Item> items = new ArrayList<>(reply.getItemsCount());
        for (ByteString item : reply.getItemsList()) {
            items.add(ItemCodec.decode(item.toByteArray()));
        }
        Item last = reply.getLastEvaluatedKey().isEmpty() ? null
                : ItemCodec.decode(reply.getLastEvaluatedKey().toByteArray());
        return new RawPage(items, last);
    }
}
