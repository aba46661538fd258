package io.cairndb.node;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.codec.WriteSpecCodec;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.membership.MembershipGroup;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.DataPlaneGrpc.DataPlaneBlockingStub;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.KeyAttribute;
import io.cairndb.proto.RequestId;
import io.cairndb.proto.TableRef;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.server.DivisionInfo;
import org.apache.ratis.server.RaftServer;

/**
 * What the cluster tests do to a {@link LocalCluster}: DataPlane calls over gRPC to a chosen node
 * (one table, string partition key {@code pk}), and the Ratis view of who leads and who hosts.
 */
final class ClusterProbe implements AutoCloseable {
    static final TableRef TABLE = TableRef.newBuilder().setName("things").setTableId("things-1")
            .setPartitionKey(KeyAttribute.newBuilder().setName("pk").setType("S")).build();

    private final LocalCluster cluster;
    private final Map<HostPort, ManagedChannel> channels = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    ClusterProbe(LocalCluster cluster) {
        this.cluster = cluster;
    }

    static Item key(String pk) {
        return Item.of(Map.of("pk", AttributeValue.s(pk)));
    }

    static Item item(String pk, String value) {
        return Item.of(Map.of("pk", AttributeValue.s(pk), "v", AttributeValue.s(value)));
    }

    WriteReply put(String nodeId, String groupId, Item item) {
        Item key = Item.of(Map.of("pk", item.get("pk")));
        return stub(nodeId).write(WriteRequest.newBuilder()
                .setGroupId(groupId).setTable(TABLE)
                .setSpec(ByteString.copyFrom(WriteSpecCodec.encode(WriteSpec.put(key, item))))
                .setTimestampMicros(System.currentTimeMillis() * 1000)
                .setRequestId(RequestId.newBuilder().setClientId("cluster-probe").setSequence(sequence.incrementAndGet()))
                .build());
    }

    GetReply get(String nodeId, String groupId, Item key, Consistency consistency) {
        return stub(nodeId).get(GetRequest.newBuilder().setGroupId(groupId).setTable(TABLE)
                .setKey(ByteString.copyFrom(ItemCodec.encode(key))).setConsistency(consistency).build());
    }

    /** The replica whose Ratis division leads the group and is ready to serve, as the divisions say. */
    String awaitLeader(String groupId, Duration timeout) {
        return Await.value(timeout, "a ready leader of " + groupId, () -> {
            for (NodeServer node : cluster.nodes()) {
                DivisionInfo info = division(node, groupId);
                if (info != null && info.isLeader() && info.isLeaderReady()) {
                    return node.nodeId();
                }
            }
            return null;
        });
    }

    /** This node's view of the group, or null when it does not host it (or is stopped). */
    static DivisionInfo division(NodeServer node, String groupId) {
        try {
            return node.raftServer().getDivision(MembershipGroup.groupId(groupId)).getInfo();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static List<RaftGroupId> hostedGroups(RaftServer server) {
        List<RaftGroupId> groups = new ArrayList<>();
        server.getGroupIds().forEach(groups::add);
        return groups;
    }

    private DataPlaneBlockingStub stub(String nodeId) {
        HostPort address = cluster.node(nodeId).grpcAddress();
        ManagedChannel channel = channels.computeIfAbsent(address,
                a -> NettyChannelBuilder.forAddress(a.host(), a.port()).usePlaintext().build());
        return DataPlaneGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        for (ManagedChannel channel : channels.values()) {
            try {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
