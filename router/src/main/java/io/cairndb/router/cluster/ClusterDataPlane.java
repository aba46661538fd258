package io.cairndb.router.cluster;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.codec.WriteSpecCodec;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.read.PageCollector;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.ChangeRecord;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.engine.write.WriteResult;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.DropTableReply;
import io.cairndb.proto.DropTableRequest;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.StatsReply;
import io.cairndb.proto.StatsRequest;
import io.cairndb.proto.TableRef;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.cairndb.replication.wire.TableRefs;
import java.time.Clock;
import java.util.List;

/**
 * The data plane of a replicated cluster: each call goes over gRPC to the replica that must
 * serve it (see {@link ReplicaChooser}), retried through leader changes and stale maps.
 *
 * <ul>
 *   <li>Writes: the leader of the key's partition's group, with the router's timestamp and a
 *       request id kept across retries.</li>
 *   <li>GetItem: the partition of the key's hash; the leader when consistent, else the nearest
 *       replica that has applied this router's writes to the group ({@link AppliedWatermarks}).</li>
 *   <li>Query and Scan: raw pages from the replicas (no filter, no projection), assembled into a
 *       page here by the engine's {@link PageCollector}, so Count, ScannedCount, LastEvaluatedKey
 *       and the bytes read are exactly those of single-node storage; a Scan page continues into
 *       the next partition while its limit and 1 MB allow.</li>
 *   <li>Stats: summed over the table's distinct groups. DropTable: every data group, through its log.</li>
 * </ul>
 */
public final class ClusterDataPlane implements DataPlane {
    private final DataPlaneCalls calls;
    private final TableRoutes routes;
    private final ClientRequestIds requestIds;
    private final Clock clock;

    ClusterDataPlane(DataPlaneCalls calls, ClientRequestIds requestIds, Clock clock) {
        this.calls = calls;
        this.clock = clock;
        this.routes = new TableRoutes(calls.maps(), calls.refresher());
        this.requestIds = requestIds;
    }

    @Override
    public Item get(TableDefinition table, Item key, boolean consistentRead) {
        long hash = KeyHashes.hashOf(table.keySchema(), key);
        routes.require(table);
        GetRequest.Builder request = GetRequest.newBuilder()
                .setTable(TableRefs.toRef(table))
                .setKey(ByteString.copyFrom(ItemCodec.encode(key)))
                .setConsistency(consistentRead ? Consistency.LINEARIZABLE : Consistency.EVENTUAL);
        GetReply reply = calls.call("GetItem " + table.name(), route(consistentRead),
                TableRoutes.groupOfHash(table, hash),
                (stub, groupId) -> stub.get(request.setGroupId(groupId)
                        .setMinAppliedIndex(consistentRead ? 0 : calls.watermarks().of(groupId)).build()),
                GetReply::getFailure);
        return reply.getFound() ? ItemCodec.decode(reply.getItem().toByteArray()) : null;
    }

    /**
     * Sends the write's source to the leader of its partition's group. The spec is compiled here
     * first (memoised) so an invalid write fails before any network call; the timestamp and the
     * request id are fixed once, so every retry is the same request and applies at most once.
     */
    @Override
    public WriteOutcome write(TableDefinition table, WriteSpec spec) {
        WriteCommand command = spec.command();
        long hash = KeyHashes.hashOf(table.keySchema(), command.key());
        routes.require(table);
        long timestampMicros = Micros.of(clock.instant());
        WriteReply reply;
        try (ClientRequestIds.Outstanding requestId = requestIds.open()) {
            WriteRequest.Builder request = WriteRequest.newBuilder()
                    .setTable(TableRefs.toRef(table))
                    .setSpec(ByteString.copyFrom(WriteSpecCodec.encode(spec)))
                    .setTimestampMicros(timestampMicros)
                    .setRequestId(requestId.id());
            reply = calls.call("Write " + table.name(), GroupTargets.Route.LEADER,
                    TableRoutes.groupOfHash(table, hash),
                    (stub, groupId) -> {
                        WriteReply answer = stub.write(request.setGroupId(groupId).build());
                        // Also after a condition failure: the entry applied, and so did all before it.
                        calls.watermarks().advance(groupId, answer.getAppliedIndex());
                        return answer;
                    }, WriteReply::getFailure);
        }
        Item oldImage = reply.getHadOld() ? ItemCodec.decode(reply.getOldImage().toByteArray()) : null;
        Item newImage = reply.getHasNew() ? ItemCodec.decode(reply.getNewImage().toByteArray()) : null;
        return new WriteOutcome(new WriteResult(oldImage, newImage), new ChangeRecord(table.tableId(),
                table.keySchema().keyOf(command.key()), oldImage, newImage, reply.getSequence(), timestampMicros));
    }

    @Override
    public Page read(TableDefinition table, ReadRequest request) {
        TableRoute route = routes.require(table);
        List<Partition> slices = ReadPlan.slices(route.partitions(), table.keySchema(), request);
        CrossPartitionCursor cursor = new CrossPartitionCursor(slices, request.exclusiveStartKey(),
                new RemotePages(calls, table, request), request.limit());
        return PageCollector.collect(cursor, table.keySchema(), request);
    }

    @Override
    public TableStats stats(TableDefinition table) {
        TableRoute route = routes.require(table);
        TableRef ref = TableRefs.toRef(table);
        long items = 0;
        long bytes = 0;
        for (String groupId : route.partitions().groupIds()) {
            StatsReply reply = calls.call("DescribeTable " + table.name(), GroupTargets.Route.NEAREST,
                    map -> groupId,
                    (stub, group) -> stub.stats(StatsRequest.newBuilder().setGroupId(group).setTable(ref)
                            .setMinAppliedIndex(calls.watermarks().of(group)).build()),
                    StatsReply::getFailure);
            items += reply.getItemCount();
            bytes += reply.getSizeBytes();
        }
        return new TableStats(items, bytes);
    }

    /**
     * Deletes the table's items in every data group. The catalog has already forgotten the table
     * (DeleteTable removes it first), so its partitions are no longer in the map; every group is
     * asked, and a group without the table has nothing to delete.
     */
    @Override
    public void dropTable(TableDefinition table) {
        TableRef ref = TableRefs.toRef(table);
        for (GroupInfo group : calls.maps().current().groups()) {
            String groupId = group.getGroupId();
            try (ClientRequestIds.Outstanding requestId = requestIds.open()) {
                calls.call("DeleteTable " + table.name(), GroupTargets.Route.LEADER, map -> groupId,
                        (stub, target) -> stub.dropTable(DropTableRequest.newBuilder().setGroupId(target).setTable(ref)
                                .setRequestId(requestId.id()).build()),
                        DropTableReply::getFailure);
            }
        }
    }

    private static GroupTargets.Route route(boolean consistentRead) {
        return consistentRead ? GroupTargets.Route.LEADER : GroupTargets.Route.NEAREST;
    }
}
