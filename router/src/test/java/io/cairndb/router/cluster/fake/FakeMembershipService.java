package io.cairndb.router.cluster.fake;

import com.google.protobuf.ByteString;
import io.cairndb.membership.table.TableDefinitionJson;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.DeleteTableRequest;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.MembershipGrpc;
import io.cairndb.proto.TableChangeReply;
import io.cairndb.proto.TableChangeRequest;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/** Membership as the metadata leader serves it; other nodes answer NOT_LEADER naming the leader. */
final class FakeMembershipService extends MembershipGrpc.MembershipImplBase {
    private final FakeCluster cluster;
    private final String nodeId;

    FakeMembershipService(FakeCluster cluster, String nodeId) {
        this.cluster = cluster;
        this.nodeId = nodeId;
    }

    @Override
    public void getClusterMap(GetClusterMapRequest request, StreamObserver<ClusterMapReply> out) {
        Failure notLeader = notLeader();
        if (notLeader == null) {
            cluster.mapFetches.incrementAndGet();
        }
        reply(out, notLeader != null ? ClusterMapReply.newBuilder().setFailure(notLeader).build()
                : ClusterMapReply.newBuilder().setMap(cluster.map()).build());
    }

    @Override
    public void watchClusterMap(GetClusterMapRequest request, StreamObserver<ClusterMapReply> out) {
        Failure notLeader = notLeader();
        if (notLeader != null) {
            reply(out, ClusterMapReply.newBuilder().setFailure(notLeader).build());
            return;
        }
        ((ServerCallStreamObserver<ClusterMapReply>) out).setOnCancelHandler(() -> cluster.unwatch(out));
        cluster.watch(request.getKnownVersion(), out);
    }

    @Override
    public void createTable(TableChangeRequest request, StreamObserver<TableChangeReply> out) {
        Failure notLeader = notLeader();
        if (notLeader != null) {
            reply(out, TableChangeReply.newBuilder().setFailure(notLeader).build());
            return;
        }
        change(out, cluster.createTable(TableDefinitionJson.fromJson(request.getDefinitionJson().toByteArray())),
                request.getDefinitionJson());
    }

    @Override
    public void updateTable(TableChangeRequest request, StreamObserver<TableChangeReply> out) {
        Failure notLeader = notLeader();
        if (notLeader != null) {
            reply(out, TableChangeReply.newBuilder().setFailure(notLeader).build());
            return;
        }
        change(out, cluster.updateTable(TableDefinitionJson.fromJson(request.getDefinitionJson().toByteArray())),
                request.getDefinitionJson());
    }

    @Override
    public void deleteTable(DeleteTableRequest request, StreamObserver<TableChangeReply> out) {
        Failure notLeader = notLeader();
        if (notLeader != null) {
            reply(out, TableChangeReply.newBuilder().setFailure(notLeader).build());
            return;
        }
        change(out, cluster.deleteTable(request.getTableName()), ByteString.EMPTY);
    }

    private static void change(StreamObserver<TableChangeReply> out, ClusterMapReply result, ByteString definition) {
        TableChangeReply.Builder reply = TableChangeReply.newBuilder().setFailure(result.getFailure())
                .setDefinitionJson(definition);
        if (result.hasMap()) {
            reply.setMap(result.getMap());
        }
        reply(out, reply.build());
    }

    private Failure notLeader() {
        String leader = cluster.membershipLeader();
        if (leader.equals(nodeId)) {
            return null;
        }
        return Failure.newBuilder().setKind(Failure.Kind.NOT_LEADER).setLeaderId(leader)
                .setLeaderAddress(cluster.node(leader).address()).build();
    }

    private static <T> void reply(StreamObserver<T> out, T reply) {
        out.onNext(reply);
        out.onCompleted();
    }
}
