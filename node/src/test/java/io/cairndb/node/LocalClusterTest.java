package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.codec.WriteSpecCodec;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.DataPlaneGrpc.DataPlaneBlockingStub;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.KeyAttribute;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.RequestId;
import io.cairndb.proto.TableRef;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.server.RaftServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real 3-node cluster in this JVM: Ratis over gRPC on loopback, RocksDB on disk, the membership
 * service placing data groups, the DataPlane over gRPC. Every wait has a deadline.
 */
class LocalClusterTest {
    private static final Logger LOG = LoggerFactory.getLogger(LocalClusterTest.class);
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TableRef TABLE = TableRef.newBuilder().setName("things").setTableId("things-1")
            .setPartitionKey(KeyAttribute.newBuilder().setName("pk").setType("S")).build();
    private static final Item KEY = Item.of(Map.of("pk", AttributeValue.s("k1")));
    private static final Item ITEM = Item.of(Map.of("pk", AttributeValue.s("k1"), "v", AttributeValue.s("one")));

    @TempDir
    Path dir;
    private final Map<String, ManagedChannel> channels = new HashMap<>();

    @AfterEach
    void closeChannels() throws InterruptedException {
        for (ManagedChannel channel : channels.values()) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void threeNodesReplicateAcrossAzsServeReadsByConsistencyAndRecoverAfterRestart() throws Exception {
        MembershipSettings settings = MembershipSettings.defaults();
        GroupInfo group;
        try (LocalCluster cluster = LocalCluster.start(dir, 3, settings)) {
            long started = System.nanoTime();
            ClusterMap map = cluster.awaitReady(READY);
            LOG.info("event=test_cluster_ready millis={}", (System.nanoTime() - started) / 1_000_000);

            assertPlacedAcrossAzs(map, settings.dataGroups());
            for (NodeServer node : cluster.nodes()) {
                assertThat(hostedGroups(node.raftServer())).as("groups on " + node.nodeId())
                        .hasSize(settings.dataGroups() + 1);
            }

            group = map.getGroups(0);
            String leader = awaitLeader(cluster, group);
            WriteReply written = stub(cluster.node(leader)).write(WriteRequest.newBuilder()
                    .setGroupId(group.getGroupId()).setTable(TABLE)
                    .setSpec(ByteString.copyFrom(WriteSpecCodec.encode(WriteSpec.put(KEY, ITEM))))
                    .setTimestampMicros(1_700_000_000_000_000L)
                    .setRequestId(RequestId.newBuilder().setClientId("local-cluster-test").setSequence(1))
                    .build());
            assertThat(written.getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
            assertThat(written.getAppliedIndex()).isPositive();

            GetReply strong = get(cluster.node(leader), group, Consistency.LINEARIZABLE);
            assertThat(strong.getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
            assertThat(ItemCodec.decode(strong.getItem().toByteArray())).isEqualTo(ITEM);

            for (String replica : group.getReplicasList()) {
                NodeServer node = cluster.node(replica);
                // Followers apply after the leader acknowledged: wait for this replica's copy.
                GetReply eventual = Await.value(WAIT, "eventual read of k1 on " + replica, () -> {
                    GetReply reply = get(node, group, Consistency.EVENTUAL);
                    return reply.getFound() ? reply : null;
                });
                assertThat(ItemCodec.decode(eventual.getItem().toByteArray())).isEqualTo(ITEM);
                if (!replica.equals(leader)) {
                    GetReply refused = get(node, group, Consistency.LINEARIZABLE);
                    assertThat(refused.getFailure().getKind()).isEqualTo(Failure.Kind.NOT_LEADER);
                    assertThat(refused.getFailure().getLeaderId()).isEqualTo(leader);
                    assertThat(refused.getFailure().getLeaderAddress())
                            .isEqualTo(cluster.node(leader).grpcAddress().toString());
                }
            }
        }

        try (LocalCluster cluster = LocalCluster.start(dir, 3, settings)) {
            // Straight after start, before any heartbeat could add a group: Ratis recovered them from disk.
            for (NodeServer node : cluster.nodes()) {
                assertThat(hostedGroups(node.raftServer())).as("groups recovered on " + node.nodeId())
                        .hasSize(settings.dataGroups() + 1);
            }
            ClusterMap map = cluster.awaitReady(READY);
            assertThat(map.getGroupsList()).extracting(GroupInfo::getGroupId).contains(group.getGroupId());

            String leader = awaitLeader(cluster, group);
            GetReply strong = Await.value(WAIT, "strong read of k1 after restart", () -> {
                GetReply reply = get(cluster.node(leader), group, Consistency.LINEARIZABLE);
                return reply.getFailure().getKind() == Failure.Kind.NONE ? reply : null;
            });
            assertThat(ItemCodec.decode(strong.getItem().toByteArray())).isEqualTo(ITEM);
            for (String replica : group.getReplicasList()) {
                GetReply eventual = get(cluster.node(replica), group, Consistency.EVENTUAL);
                assertThat(eventual.getFound()).as("k1 on " + replica + " after restart").isTrue();
            }
        }
    }

    private static void assertPlacedAcrossAzs(ClusterMap map, int dataGroups) {
        Map<String, String> azOf = map.getNodesList().stream()
                .collect(Collectors.toMap(NodeInfo::getNodeId, NodeInfo::getAz));
        assertThat(azOf.values()).containsExactlyInAnyOrder("az1", "az2", "az3");
        assertThat(map.getGroupsList()).hasSize(dataGroups);
        for (GroupInfo group : map.getGroupsList()) {
            assertThat(group.getReplicasList()).hasSize(3);
            Set<String> azs = group.getReplicasList().stream().map(azOf::get).collect(Collectors.toSet());
            assertThat(azs).as("AZs of " + group.getName()).hasSize(3);
            assertThat(group.getReplicasList()).contains(group.getLeaderId());
        }
    }

    /** The replica whose Ratis division leads the group, as the divisions themselves say. */
    private static String awaitLeader(LocalCluster cluster, GroupInfo group) {
        RaftGroupId groupId = RaftGroupId.valueOf(java.util.UUID.fromString(group.getGroupId()));
        return Await.value(WAIT, "a ready leader of " + group.getName(), () -> {
            for (NodeServer node : cluster.nodes()) {
                try {
                    var info = node.raftServer().getDivision(groupId).getInfo();
                    if (info.isLeader() && info.isLeaderReady()) {
                        return node.nodeId();
                    }
                } catch (IOException e) {
                    // not hosted on this node
                }
            }
            return null;
        });
    }

    private GetReply get(NodeServer node, GroupInfo group, Consistency consistency) {
        return stub(node).get(GetRequest.newBuilder().setGroupId(group.getGroupId()).setTable(TABLE)
                .setKey(ByteString.copyFrom(ItemCodec.encode(KEY))).setConsistency(consistency).build());
    }

    private DataPlaneBlockingStub stub(NodeServer node) {
        HostPort address = node.grpcAddress();
        ManagedChannel channel = channels.computeIfAbsent(address.toString(),
                a -> NettyChannelBuilder.forAddress(address.host(), address.port()).usePlaintext().build());
        return DataPlaneGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static List<RaftGroupId> hostedGroups(RaftServer server) {
        List<RaftGroupId> groups = new java.util.ArrayList<>();
        server.getGroupIds().forEach(groups::add);
        return groups;
    }
}
