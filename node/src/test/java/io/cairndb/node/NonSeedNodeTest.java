package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.MembershipGrpc;
import io.cairndb.proto.NodeInfo;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.protocol.RaftGroupId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that is not a seed starts without the metadata group, joins through a seed's
 * Membership service and hosts the data groups placement gives it.
 */
class NonSeedNodeTest {
    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void fourthNodeJoinsThroughTheSeedsAndHostsItsAssignedGroups() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(dir, 4, MembershipSettings.defaults())) {
            ClusterMap map = cluster.awaitReady(READY);
            NodeServer fourth = cluster.node("n4");

            assertThat(fourth.settings().isSeed()).isFalse();
            assertThat(map.getNodesList()).extracting(NodeInfo::getNodeId).containsExactly("n1", "n2", "n3", "n4");
            NodeInfo joined = map.getNodesList().get(3);
            assertThat(joined.getAz()).isEqualTo("az1");
            assertThat(joined.getGrpcAddress()).isEqualTo(fourth.grpcAddress().toString());
            assertThat(joined.getPid()).isEqualTo(ProcessHandle.current().pid());

            List<RaftGroupId> expected = map.getGroupsList().stream()
                    .filter(group -> group.getReplicasList().contains("n4"))
                    .map(GroupInfo::getGroupId).map(MembershipGroup::groupId).toList();
            Await.until(READY, "n4 hosts exactly the groups the map gives it", () -> {
                List<RaftGroupId> hosted = new ArrayList<>();
                fourth.raftServer().getGroupIds().forEach(hosted::add);
                return hosted.size() == expected.size() && hosted.containsAll(expected);
            });
            assertThat(fourth.raftServer().getGroupIds()).doesNotContain(MembershipGroup.GROUP_ID);

            // n4 serves no metadata: its Membership endpoint sends callers to the leader.
            ManagedChannel channel = NettyChannelBuilder
                    .forAddress(fourth.grpcAddress().host(), fourth.grpcAddress().port()).usePlaintext().build();
            try {
                ClusterMapReply reply = MembershipGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                        .getClusterMap(GetClusterMapRequest.getDefaultInstance());
                assertThat(reply.getFailure().getKind()).isEqualTo(Failure.Kind.NOT_LEADER);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }
}
