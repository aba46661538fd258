package io.cairndb.replication.service;

import io.cairndb.proto.Consistency;
import io.cairndb.proto.DataLogEntry;
import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.DataQuery;
import io.cairndb.proto.DropTableReply;
import io.cairndb.proto.DropTableRequest;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.ReadPageReply;
import io.cairndb.proto.ReadPageRequest;
import io.cairndb.proto.StatsReply;
import io.cairndb.proto.StatsRequest;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallExecutorSupplier;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.apache.ratis.server.RaftServer;

/**
 * The DataPlane gRPC service of a node, for every data group its Raft server hosts.
 *
 * <ul>
 *   <li>Write and DropTable: a log entry on the group's leader; the reply is the state
 *       machine's (stored, so a retried request id gets the first reply). Writes that arrive
 *       while the group's previous entry replicates share the next entry ({@link WriteBatcher}).</li>
 *   <li>Get and ReadPage: LINEARIZABLE on the leader through a Ratis read request (ReadIndex,
 *       then the state machine's query); EVENTUAL from this replica's store, any role, unless the
 *       request's min_applied_index is beyond what it applied (BEHIND: the router then reads at
 *       the leader, so a client reads its own writes).</li>
 *   <li>Stats: from this replica's store (DescribeTable's figures are approximate anyway), or
 *       BEHIND below the request's min_applied_index, as for EVENTUAL reads.</li>
 * </ul>
 * Failures are replies: NOT_LEADER with the leader's id and gRPC address, GROUP_NOT_FOUND,
 * DYNAMODB, BEHIND, UNAVAILABLE (elections, timeouts). Nothing blocks a gRPC thread on Raft.
 */
public final class DataPlaneService extends DataPlaneGrpc.DataPlaneImplBase {
    /** How long a write or a strong read may wait for the group before it is UNAVAILABLE. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Runs Write and Get on the transport thread that received them: a write only joins its
     * group's queue and a point read is one RocksDB lookup, so a hop to a worker thread would cost
     * more than the call. Everything else (page reads, the membership service) keeps gRPC's
     * default executor. For {@code ServerBuilder.callExecutor}.
     */
    private static final Executor INLINE = Runnable::run;
    public static final ServerCallExecutorSupplier INLINE_CALLS = new ServerCallExecutorSupplier() {
        @Override
        public <ReqT, RespT> Executor getExecutor(ServerCall<ReqT, RespT> call, Metadata metadata) {
            MethodDescriptor<ReqT, RespT> method = call.getMethodDescriptor();
            return method.equals(DataPlaneGrpc.getWriteMethod()) || method.equals(DataPlaneGrpc.getGetMethod())
                    ? INLINE : null;
        }
    };

    private final GroupCalls calls;
    private final WriteBatcher writes;

    public DataPlaneService(RaftServer server, LeaderAddresses leaders) {
        this(server, leaders, DEFAULT_TIMEOUT);
    }

    public DataPlaneService(RaftServer server, LeaderAddresses leaders, Duration timeout) {
        this.calls = new GroupCalls(server, leaders, timeout);
        this.writes = new WriteBatcher(calls, WriteBatcher.Limits.DEFAULT);
    }

    @Override
    public void write(WriteRequest request, StreamObserver<WriteReply> out) {
        writes.submit(request, out);
    }

    @Override
    public void dropTable(DropTableRequest request, StreamObserver<DropTableReply> out) {
        byte[] entry = DataLogEntry.newBuilder().setDropTable(request).build().toByteArray();
        calls.submit(request.getGroupId(), entry, true, ReplyKind.DROP_TABLE, out);
    }

    @Override
    public void get(GetRequest request, StreamObserver<GetReply> out) {
        read(request.getGroupId(), request.getConsistency(), request.getMinAppliedIndex(),
                DataQuery.newBuilder().setGet(request).build(), ReplyKind.GET, out);
    }

    @Override
    public void readPage(ReadPageRequest request, StreamObserver<ReadPageReply> out) {
        read(request.getGroupId(), request.getConsistency(), request.getMinAppliedIndex(),
                DataQuery.newBuilder().setReadPage(request).build(), ReplyKind.READ_PAGE, out);
    }

    @Override
    public void stats(StatsRequest request, StreamObserver<StatsReply> out) {
        calls.readLocal(request.getGroupId(), request.getMinAppliedIndex(), DataQuery.newBuilder().setStats(request).build(),
                ReplyKind.STATS, out);
    }

    private <R> void read(String groupId, Consistency consistency, long minAppliedIndex, DataQuery query,
                          ReplyKind<R> kind, StreamObserver<R> out) {
        if (consistency == Consistency.LINEARIZABLE) {
            calls.submit(groupId, query.toByteArray(), false, kind, out);
        } else {
            calls.readLocal(groupId, minAppliedIndex, query, kind, out);
        }
    }
}
