package io.cairndb.router.cluster.fake;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.codec.KeyConditionCodec;
import io.cairndb.engine.codec.WriteSpecCodec;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.DropTableReply;
import io.cairndb.proto.DropTableRequest;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.ReadPageReply;
import io.cairndb.proto.ReadPageRequest;
import io.cairndb.proto.StatsReply;
import io.cairndb.proto.StatsRequest;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DataPlane as a node serves it, over the group's shared storage: GROUP_NOT_FOUND for groups the
 * node does not host, NOT_LEADER for leader-only calls away from the leader, UNAVAILABLE when the
 * test says so, BEHIND for eventual reads needing an index a lagging replica lacks, DYNAMODB for
 * the storage's typed errors.
 */
final class FakeDataPlaneService extends DataPlaneGrpc.DataPlaneImplBase {
    private final FakeCluster cluster;
    private final String nodeId;

    FakeDataPlaneService(FakeCluster cluster, String nodeId) {
        this.cluster = cluster;
        this.nodeId = nodeId;
    }

    @Override
    public void get(GetRequest request, StreamObserver<GetReply> out) {
        boolean strong = request.getConsistency() == Consistency.LINEARIZABLE;
        FakeGroup group = group(request.getGroupId());
        Failure failure = check("Get", request.getGroupId(), group, strong, request.getConsistency(),
                request.getMinAppliedIndex());
        GetReply.Builder reply = GetReply.newBuilder();
        if (failure != null) {
            reply.setFailure(failure);
        } else {
            try {
                Item item = group.storage.dataPlane().get(FakeTables.of(request.getTable()),
                        ItemCodec.decode(request.getKey().toByteArray()), strong);
                if (item != null) {
                    reply.setFound(true).setItem(ByteString.copyFrom(ItemCodec.encode(item)));
                }
            } catch (DynamoDbException e) {
                reply.setFailure(dynamoDb(e));
            }
        }
        reply(out, reply.build());
    }

    @Override
    public void write(WriteRequest request, StreamObserver<WriteReply> out) {
        FakeGroup group = group(request.getGroupId());
        Failure failure = check("Write", request.getGroupId(), group, true, Consistency.LINEARIZABLE, 0);
        if (failure != null) {
            reply(out, WriteReply.newBuilder().setFailure(failure).build());
            return;
        }
        // Exactly once, as the state machine does it: a retried request gets the stored reply.
        WriteReply reply = group.applied.computeIfAbsent(request.getRequestId(), id -> apply(group, request));
        if (cluster.lostWriteReplies.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            reply = WriteReply.newBuilder().setFailure(Failure.newBuilder().setKind(Failure.Kind.UNAVAILABLE)
                    .setMessage("reply lost")).build();
        }
        reply(out, reply);
    }

    private static WriteReply apply(FakeGroup group, WriteRequest request) {
        try {
            WriteOutcome outcome = group.storage.dataPlane().write(FakeTables.of(request.getTable()),
                    WriteSpecCodec.decode(request.getSpec().toByteArray()));
            WriteReply.Builder reply = WriteReply.newBuilder().setSequence(outcome.change().sequence())
                    .setAppliedIndex(group.logIndex.incrementAndGet());
            if (outcome.result().oldImage() != null) {
                reply.setHadOld(true).setOldImage(ByteString.copyFrom(ItemCodec.encode(outcome.result().oldImage())));
            }
            if (outcome.result().newImage() != null) {
                reply.setHasNew(true).setNewImage(ByteString.copyFrom(ItemCodec.encode(outcome.result().newImage())));
            }
            return reply.build();
        } catch (DynamoDbException e) {
            return WriteReply.newBuilder().setFailure(dynamoDb(e)).setAppliedIndex(group.logIndex.incrementAndGet())
                    .build();
        }
    }

    @Override
    public void readPage(ReadPageRequest request, StreamObserver<ReadPageReply> out) {
        FakeGroup group = group(request.getGroupId());
        Failure failure = check("ReadPage", request.getGroupId(), group,
                request.getConsistency() == Consistency.LINEARIZABLE, request.getConsistency(),
                request.getMinAppliedIndex());
        ReadPageReply.Builder reply = ReadPageReply.newBuilder();
        if (failure != null) {
            reply.setFailure(failure);
        } else {
            try {
                KeyCondition condition = request.getKeyCondition().isEmpty() ? null
                        : KeyConditionCodec.decode(request.getKeyCondition().toByteArray());
                Item start = request.getExclusiveStartKey().isEmpty() ? null
                        : ItemCodec.decode(request.getExclusiveStartKey().toByteArray());
                ReadRequest read = new ReadRequest(condition, start, request.getLimit(), null, null, false,
                        request.getForward(), request.getConsistency() == Consistency.LINEARIZABLE, 0, 1,
                        condition == null ? new HashRange(request.getHashLow(), request.getHashHigh()) : HashRange.FULL);
                Page page = group.storage.dataPlane().read(FakeTables.of(request.getTable()), read);
                for (Item item : page.items()) {
                    reply.addItems(ByteString.copyFrom(ItemCodec.encode(item)));
                }
                if (page.lastEvaluatedKey() != null) {
                    reply.setLastEvaluatedKey(ByteString.copyFrom(ItemCodec.encode(page.lastEvaluatedKey())));
                }
                reply.setBytesRead(page.bytesRead());
            } catch (DynamoDbException e) {
                reply.setFailure(dynamoDb(e));
            }
        }
        reply(out, reply.build());
    }

    @Override
    public void stats(StatsRequest request, StreamObserver<StatsReply> out) {
        FakeGroup group = group(request.getGroupId());
        Failure failure = check("Stats", request.getGroupId(), group, false, Consistency.EVENTUAL, 0);
        StatsReply.Builder reply = StatsReply.newBuilder();
        if (failure != null) {
            reply.setFailure(failure);
        } else {
            TableStats stats = group.storage.dataPlane().stats(FakeTables.of(request.getTable()));
            reply.setItemCount(stats.itemCount()).setSizeBytes(stats.sizeBytes());
        }
        reply(out, reply.build());
    }

    @Override
    public void dropTable(DropTableRequest request, StreamObserver<DropTableReply> out) {
        FakeGroup group = group(request.getGroupId());
        Failure failure = check("DropTable", request.getGroupId(), group, true, Consistency.LINEARIZABLE, 0);
        if (failure == null) {
            TableDefinition table = FakeTables.of(request.getTable());
            group.storage.dataPlane().dropTable(table);
        }
        reply(out, failure == null ? DropTableReply.getDefaultInstance()
                : DropTableReply.newBuilder().setFailure(failure).build());
    }

    private FakeGroup group(String groupId) {
        return cluster.groups.stream().filter(g -> g.id.equals(groupId)).findFirst().orElse(null);
    }

    /** The failure this node answers with, or null to serve; logs the call either way. */
    private Failure check(String rpc, String groupId, FakeGroup group, boolean leaderOnly, Consistency consistency,
                          long minAppliedIndex) {
        Failure failure = null;
        AtomicInteger down = cluster.unavailable.get(nodeId);
        if (group == null || !group.replicas.contains(nodeId)) {
            failure = Failure.newBuilder().setKind(Failure.Kind.GROUP_NOT_FOUND).build();
        } else if (down != null && down.getAndUpdate(n -> n > 0 ? n - 1 : n) != 0) {
            failure = Failure.newBuilder().setKind(Failure.Kind.UNAVAILABLE).setMessage("test says so").build();
        } else if (leaderOnly && !nodeId.equals(group.leader)) {
            Failure.Builder notLeader = Failure.newBuilder().setKind(Failure.Kind.NOT_LEADER).setLeaderId(group.leader);
            if (cluster.redirectWithAddress) {
                notLeader.setLeaderAddress(cluster.node(group.leader).address());
            }
            failure = notLeader.build();
        } else if (!leaderOnly && minAppliedIndex > appliedIndex(group)) {
            Failure.Builder behind = Failure.newBuilder().setKind(Failure.Kind.BEHIND).setLeaderId(group.leader);
            if (cluster.redirectWithAddress) {
                behind.setLeaderAddress(cluster.node(group.leader).address());
            }
            failure = behind.build();
        }
        cluster.log.add(new CallLog.Call(nodeId, rpc, groupId, consistency.name(), minAppliedIndex,
                failure == null ? "OK" : failure.getKind().name()));
        return failure;
    }

    /** What this node's replica of the group applied: everything, unless the test makes it lag. */
    private long appliedIndex(FakeGroup group) {
        return cluster.lagging.contains(nodeId) && !nodeId.equals(group.leader) ? 0 : group.logIndex.get();
    }

    private static Failure dynamoDb(DynamoDbException e) {
        Failure.Builder failure = Failure.newBuilder().setKind(Failure.Kind.DYNAMODB).setErrorCode(e.errorCode())
                .setMessage(e.getMessage() == null ? "" : e.getMessage());
        if (e instanceof ConditionalCheckFailedException failed && failed.item().isPresent()) {
            failure.setItem(ByteString.copyFrom(ItemCodec.encode(failed.item().get())));
        }
        return failure.build();
    }

    private static <T> void reply(StreamObserver<T> out, T reply) {
        out.onNext(reply);
        out.onCompleted();
    }
}
