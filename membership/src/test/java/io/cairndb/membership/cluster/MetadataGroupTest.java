package io.cairndb.membership.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.MembershipStateMachine;
import io.cairndb.membership.Tables;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.table.TableDefinitionJson;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.DeleteTableRequest;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import io.cairndb.proto.PartitionInfo;
import io.cairndb.proto.TableChangeReply;
import io.cairndb.proto.TableChangeRequest;
import io.cairndb.proto.TableInfo;
import io.cairndb.replication.raft.CairnRaftProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metadata group for real: 3 voters in this JVM, Ratis over gRPC on 127.0.0.1, the Membership
 * service over gRPC; data nodes are simulated by gRPC clients that heartbeat.
 */
class MetadataGroupTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final MembershipSettings SETTINGS = MembershipSettings.defaults()
            .withSuspectAfter(Duration.ofSeconds(1))
            .withRepairAfter(Duration.ofSeconds(3))
            .withBalanceInterval(Duration.ofSeconds(1));
    private static final Duration BEAT = Duration.ofMillis(200);

    @TempDir
    Path dir;

    private final RecordingAdmin admin = new RecordingAdmin();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private MetadataCluster cluster;
    private MembershipClient client;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private void startCluster() throws Exception {
        startCluster(UnaryOperator.identity());
    }

    private void startCluster(UnaryOperator<CairnRaftProperties.Builder> raft)
            throws Exception {
        startCluster(SETTINGS, raft);
    }

    private void startCluster(MembershipSettings settings,
                              UnaryOperator<CairnRaftProperties.Builder> raft)
            throws Exception {
        cluster = new MetadataCluster(3, dir, settings, admin, raft);
        closing.add(cluster);
        client = new MembershipClient(cluster.seeds);
        closing.add(client);
    }

    private SimulatedNode node(String id, String az) {
        SimulatedNode node = new SimulatedNode(id, az, client);
        closing.add(node);
        node.startHeartbeats(BEAT);
        return node;
    }

    /** d1, d2, d3 in az-a, az-b, az-c, heartbeating. */
    private List<SimulatedNode> threeNodesInThreeAzs() {
        return List.of(node("d1", "az-a"), node("d2", "az-b"), node("d3", "az-c"));
    }

    private ClusterMap map() {
        return client.call(WAIT, s -> s.getClusterMap(GetClusterMapRequest.getDefaultInstance()),
                ClusterMapReply::getFailure).getMap();
    }

    private ClusterMap awaitMap(String what, java.util.function.Predicate<ClusterMap> condition) {
        return Await.until(WAIT, what, () -> Optional.of(map()).filter(condition));
    }

    private TableChangeReply create(String table) {
        return client.call(WAIT, s -> s.createTable(TableChangeRequest.newBuilder()
                .setDefinitionJson(ByteString.copyFrom(TableDefinitionJson.toJson(Tables.table(table)))).build()),
                TableChangeReply::getFailure);
    }

    private TableChangeReply delete(String table) {
        return client.call(WAIT, s -> s.deleteTable(DeleteTableRequest.newBuilder().setTableName(table).build()),
                TableChangeReply::getFailure);
    }

    private static Set<String> tableNames(ClusterMap map) {
        return map.getTablesList().stream()
                .map(t -> TableDefinitionJson.fromJson(t.getDefinitionJson().toByteArray()).name())
                .collect(Collectors.toSet());
    }

    @Test
    void heartbeatsPlaceThreeGroupsOnThreeNodesInThreeAzs() throws Exception {
        startCluster();
        List<SimulatedNode> nodes = threeNodesInThreeAzs();

        // Every node ALIVE at the same time: on a loaded machine a beat can come late (SUSPECT after 1 s).
        ClusterMap map = awaitMap("3 data groups, every node alive", m -> m.getGroupsCount() == 3
                && m.getNodesList().stream().allMatch(n -> n.getState() == NodeState.ALIVE));

        assertThat(map.getGroupsList()).extracting(GroupInfo::getName).containsExactly("g1", "g2", "g3");
        Map<String, String> azOf = map.getNodesList().stream().collect(Collectors.toMap(NodeInfo::getNodeId, NodeInfo::getAz));
        for (GroupInfo group : map.getGroupsList()) {
            assertThat(group.getReplicasList()).containsExactlyInAnyOrder("d1", "d2", "d3");
            assertThat(group.getReplicasList().stream().map(azOf::get).distinct()).hasSize(3);
        }
        assertThat(map.getNodesList()).extracting(NodeInfo::getPid).containsOnly(ProcessHandle.current().pid());
        assertThat(map.getMembershipVotersList()).containsExactly("m1", "m2", "m3");
        // Each node is told to host every group, with the three peers and their AZs.
        for (SimulatedNode node : nodes) {
            Await.until(WAIT, node.nodeId + " hosts 3 groups", () -> node.hosted().size() == 3);
            for (GroupAssignment assignment : node.lastAssignments.values()) {
                assertThat(assignment.getPeersList()).extracting(p -> p.getNodeId() + "@" + p.getAz())
                        .containsExactlyInAnyOrder("d1@az-a", "d2@az-b", "d3@az-c");
            }
        }
        // The map reports every replica's status from the heartbeats.
        map = awaitMap("replica status", m -> m.getGroupsList().stream().allMatch(g -> g.getStatusCount() == 3));
        assertThat(map.getVersion()).isGreaterThan(0);

        // d1 reports leading all three groups: the balancer hands one to another replica.
        nodes.get(0).leadEverything();
        awaitMap("d1 leads the groups", m -> m.getGroupsList().stream().allMatch(g -> g.getLeaderId().equals("d1")));
        RecordingAdmin.Call transfer = Await.until(WAIT, "a leadership transfer", () -> admin.calls.stream()
                .filter(c -> c.kind().equals("transferLeadership")).findFirst());
        assertThat(transfer.peers().get(0)).isEqualTo("d1");
        assertThat(transfer.peers().get(1)).isIn("d2", "d3");
    }

    @Test
    void watchersGetEveryNewVersionAndAnErrorWhenTheLeaderStops() throws Exception {
        startCluster();
        threeNodesInThreeAzs();
        awaitMap("3 data groups", m -> m.getGroupsCount() == 3);
        int leader = cluster.leaderIndex().orElseThrow();
        java.util.concurrent.BlockingQueue<Object> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        io.grpc.ManagedChannel channel = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder
                .forTarget(cluster.seeds.nodes().get(leader).grpcAddress()).usePlaintext().build();
        closing.add(() -> channel.shutdownNow().awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
        io.cairndb.proto.MembershipGrpc.newStub(channel)
                .watchClusterMap(GetClusterMapRequest.getDefaultInstance(), new io.grpc.stub.StreamObserver<>() {
                    @Override
                    public void onNext(ClusterMapReply reply) {
                        seen.add(reply);
                    }

                    @Override
                    public void onError(Throwable t) {
                        seen.add(t);
                    }

                    @Override
                    public void onCompleted() {
                        seen.add("completed");
                    }
                });
        ClusterMapReply first = (ClusterMapReply) seen.poll(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(first.getMap().getGroupsCount()).isEqualTo(3);

        create("watched");
        ClusterMapReply withTable = Await.until(WAIT, "a map with the table", () -> {
            Object next = seen.poll();
            return next instanceof ClusterMapReply r && tableNames(r.getMap()).contains("watched")
                    ? Optional.of(r) : Optional.empty();
        });
        assertThat(withTable.getMap().getVersion()).isGreaterThan(first.getMap().getVersion());

        cluster.stop(leader);
        Object end = Await.until(WAIT, "the stream to end", () -> Optional.ofNullable(seen.poll())
                .filter(o -> !(o instanceof ClusterMapReply)));
        assertThat(end).isInstanceOf(io.grpc.StatusRuntimeException.class);
    }

    @Test
    void createTableIsLinearizableAndSurvivesTheLeader() throws Exception {
        startCluster();
        threeNodesInThreeAzs();
        awaitMap("3 data groups", m -> m.getGroupsCount() == 3);

        TableChangeReply created = create("orders");
        assertThat(created.getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
        assertThat(TableDefinitionJson.fromJson(created.getDefinitionJson().toByteArray())).isEqualTo(Tables.table("orders"));
        // The reply's map already has the table: partitions cover the hash space over the groups.
        TableInfo created0 = created.getMap().getTablesList().stream().filter(t -> t.getDefinitionJson()
                .equals(created.getDefinitionJson())).findFirst().orElseThrow();
        assertThat(created0.getPartitionsList()).hasSize(3);
        assertThat(created0.getPartitions(0).getHashLow()).isZero();
        assertThat(created0.getPartitions(2).getHashHigh()).isEqualTo(-1L);
        for (int i = 1; i < 3; i++) {
            assertThat(created0.getPartitions(i).getHashLow()).isEqualTo(created0.getPartitions(i - 1).getHashHigh() + 1);
        }
        assertThat(created0.getPartitionsList().stream().map(PartitionInfo::getGroupId).distinct()).hasSize(3);
        TableInfo orders = created0;

        TableChangeReply again = create("orders");
        assertThat(again.getFailure().getKind()).isEqualTo(Failure.Kind.DYNAMODB);
        assertThat(again.getFailure().getErrorCode()).isEqualTo("ResourceInUseException");
        var tagged = Tables.table("orders").withTags(Map.of("env", "test"));
        TableChangeReply updated = client.call(WAIT, s -> s.updateTable(TableChangeRequest.newBuilder()
                .setDefinitionJson(ByteString.copyFrom(TableDefinitionJson.toJson(tagged))).build()),
                TableChangeReply::getFailure);
        assertThat(TableDefinitionJson.fromJson(updated.getDefinitionJson().toByteArray())).isEqualTo(tagged);
        assertThat(updated.getMap().getTables(0).getPartitionsList()).isEqualTo(orders.getPartitionsList());
        orders = updated.getMap().getTables(0);
        TableChangeReply garbage = client.call(WAIT, s -> s.createTable(TableChangeRequest.newBuilder()
                .setDefinitionJson(ByteString.copyFromUtf8("{not json")).build()), TableChangeReply::getFailure);
        assertThat(garbage.getFailure().getErrorCode()).isEqualTo("ValidationException");

        // A follower refuses and points at the leader's gRPC address.
        int leader = cluster.leaderIndex().orElseThrow();
        int follower = (leader + 1) % 3;
        ClusterMapReply refused = client.stub(cluster.seeds.nodes().get(follower).grpcAddress())
                .getClusterMap(GetClusterMapRequest.getDefaultInstance());
        assertThat(refused.getFailure().getKind()).isEqualTo(Failure.Kind.NOT_LEADER);
        assertThat(refused.getFailure().getLeaderAddress()).isEqualTo(cluster.seeds.nodes().get(leader).grpcAddress());
        long oldVersion = map().getVersion();

        cluster.stop(leader);
        ClusterMap after = awaitMap("a new leader", m -> !m.getMembershipLeaderId().equals("m" + (leader + 1)));

        assertThat(tableNames(after)).containsExactly("orders");
        assertThat(after.getTablesList()).containsExactly(orders);
        assertThat(after.getVersion()).isGreaterThan(oldVersion); // a new term's versions are above the old
        TableChangeReply deleted = delete("orders");
        assertThat(deleted.getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
        assertThat(tableNames(deleted.getMap())).isEmpty();
        TableChangeReply missing = delete("orders");
        assertThat(missing.getFailure().getErrorCode()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void repairMovesTheDeadNodesReplicasToTheOtherNodeOfItsAz() throws Exception {
        startCluster();
        List<SimulatedNode> nodes = threeNodesInThreeAzs();
        SimulatedNode d1 = nodes.get(0);
        SimulatedNode d4 = node("d4", "az-a"); // the second node of az-a
        ClusterMap placed = awaitMap("3 data groups", m -> m.getGroupsCount() == 3);
        List<String> d1Groups = placed.getGroupsList().stream()
                .filter(g -> g.getReplicasList().contains("d1")).map(GroupInfo::getGroupId).toList();
        assertThat(d1Groups).isNotEmpty(); // least-loaded placement uses both nodes of az-a

        d1.close(); // d1 stops heartbeating for good

        awaitMap("d1 SUSPECT or DEAD", m -> state(m, "d1") != NodeState.ALIVE);
        ClusterMap repaired = awaitMap("d1's groups moved to d4", m -> state(m, "d1") == NodeState.DEAD
                && m.getGroupsList().stream().noneMatch(g -> g.getReplicasList().contains("d1")));
        Map<String, String> azOf = repaired.getNodesList().stream()
                .collect(Collectors.toMap(NodeInfo::getNodeId, NodeInfo::getAz));
        for (GroupInfo group : repaired.getGroupsList()) {
            assertThat(group.getReplicasList()).hasSize(3).contains("d4", "d2", "d3");
            assertThat(group.getReplicasList().stream().map(azOf::get).collect(Collectors.toSet())).hasSize(3);
        }
        // d1 comes back with its old groups: it is told to delete the moved ones, and is ALIVE again.
        SimulatedNode back = new SimulatedNode("d1", "az-a", client);
        closing.add(back);
        back.host(d1Groups);
        assertThat(back.heartbeat().getRemoveList()).containsExactlyInAnyOrderElementsOf(d1Groups);
        awaitMap("d1 alive again", m -> state(m, "d1") == NodeState.ALIVE);
        // d4 was first told to host each moved group without peers (a newcomer waits for the
        // leader's configuration), and with the new peers once the configuration changed.
        assertThat(d4.hosted()).containsAll(d1Groups);
        for (String groupId : d1Groups) {
            assertThat(d4.firstAssignments.get(groupId).getPeersList()).isEmpty();
            Await.until(WAIT, "d4 told the new peers of " + groupId, () -> d4.lastAssignments.get(groupId)
                    .getPeersList().stream().map(p -> p.getNodeId()).collect(Collectors.toSet())
                    .equals(Set.of("d4", "d2", "d3")));
            assertThat(admin.calls).contains(new RecordingAdmin.Call("setConfiguration", groupId,
                    placed.getGroupsList().stream().filter(g -> g.getGroupId().equals(groupId)).findFirst().orElseThrow()
                            .getReplicasList().stream().map(r -> r.equals("d1") ? "d4" : r).toList()));
        }
    }

    @Test
    void aRepairInterruptedByAMembershipLeaderChangeIsFinishedByTheNewLeader() throws Exception {
        startCluster();
        List<SimulatedNode> nodes = threeNodesInThreeAzs();
        SimulatedNode d1 = nodes.get(0);
        SimulatedNode d4 = node("d4", "az-a"); // the second node of az-a
        awaitMap("3 data groups", m -> m.getGroupsCount() == 3);
        d4.adoptAssignments(false); // d4 will be slow to add the groups it is given

        d1.close();
        int leader = cluster.leaderIndex().orElseThrow();
        MetadataServer oldLeader = cluster.server(leader);
        Await.until(WAIT, "a repair under way", () -> oldLeader.stateMachine.state().groups().values().stream()
                .anyMatch(io.cairndb.membership.state.GroupRecord::repairing));
        assertThat(admin.calls).noneMatch(c -> c.kind().equals("setConfiguration"));

        cluster.stop(leader);
        d4.adoptAssignments(true);

        ClusterMap repaired = awaitMap("the repair finished by the new leader", m -> !m.getMembershipLeaderId()
                .equals(oldLeader.seed.nodeId()) && m.getGroupsList().stream().noneMatch(g -> g.getReplicasList().contains("d1")));
        assertThat(repaired.getGroupsList()).allMatch(g -> g.getReplicasList().containsAll(List.of("d2", "d3", "d4")));
        assertThat(admin.calls).anyMatch(c -> c.kind().equals("setConfiguration"));
    }

    @Test
    void restartedVotersLoadTheSameStateFromTheirSnapshots() throws Exception {
        // Nodes that stop heartbeating stay ALIVE here: a liveness change after the restart
        // would move the state away from the snapshot's before a slow machine compares them.
        startCluster(SETTINGS.withRepairAfter(Duration.ofMinutes(20)).withSuspectAfter(Duration.ofMinutes(10)),
                UnaryOperator.identity());
        threeNodesInThreeAzs();
        awaitMap("3 data groups", m -> m.getGroupsCount() == 3);
        create("a");
        create("b");
        delete("a");
        ClusterMap before = map();
        closing.stream().filter(c -> c instanceof SimulatedNode).forEach(c -> ((SimulatedNode) c).close());
        Await.until(WAIT, "voters agree", () -> new HashSet<>(List.of(cluster.server(0).stateMachine.state(),
                cluster.server(1).stateMachine.state(), cluster.server(2).stateMachine.state())).size() == 1);
        ClusterState expected = cluster.server(0).stateMachine.state();

        for (int i = 0; i < 3; i++) {
            cluster.stop(i); // a graceful stop snapshots
        }
        List<MembershipStateMachine> restarted = new ArrayList<>();
        List<AtomicInteger> changes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MembershipStateMachine sm = new MembershipStateMachine();
            AtomicInteger count = new AtomicInteger();
            sm.addStateListener(s -> count.incrementAndGet());
            restarted.add(sm);
            changes.add(count);
            cluster.start(i, false, sm);
        }

        for (int i = 0; i < 3; i++) {
            MembershipStateMachine sm = restarted.get(i);
            assertThat(sm.getLatestSnapshot()).as("snapshot of m%d", i + 1).isNotNull();
            Await.until(WAIT, "m" + (i + 1) + " has the state", () -> sm.state().equals(expected));
        }
        ClusterMap after = map();
        assertThat(after.getTablesList()).isEqualTo(before.getTablesList());
        assertThat(tableNames(after)).containsExactly("b");
        assertThat(after.getGroupsList()).extracting(GroupInfo::getReplicasList)
                .isEqualTo(before.getGroupsList().stream().map(GroupInfo::getReplicasList).toList());
        assertThat(after.getNodesList()).extracting(NodeInfo::getNodeId).containsExactly("d1", "d2", "d3");
        // The state came from the snapshot in one step, not from replaying the log command by command.
        assertThat(changes).extracting(AtomicInteger::get).containsOnly(1);
    }

    @Test
    void aVoterBehindThePurgedLogCatchesUpBySnapshotInstall() throws Exception {
        // Snapshot every 10 entries in small segments, so the log the stopped voter needs is purged.
        startCluster(raft -> raft.snapshotEvery(10).logSegmentSize(org.apache.ratis.util.SizeInBytes.valueOf("8KB")));
        threeNodesInThreeAzs();
        awaitMap("3 data groups", m -> m.getGroupsCount() == 3);
        int leader = cluster.leaderIndex().orElseThrow();
        int behind = (leader + 1) % 3;
        cluster.stop(behind);

        for (int i = 0; i < 40; i++) {
            assertThat(create("t" + i).getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
        }
        var leaderLog = cluster.server(leader).raft.getDivision(io.cairndb.membership.MembershipGroup.GROUP_ID).getRaftLog();
        Await.until(WAIT, "the leader's log purged", () -> leaderLog.getStartIndex() > 20);

        MembershipStateMachine restarted = new MembershipStateMachine();
        AtomicInteger changes = new AtomicInteger();
        restarted.addStateListener(s -> changes.incrementAndGet());
        cluster.start(behind, false, restarted);

        ClusterState expected = cluster.server(leader).stateMachine.state();
        Await.until(WAIT, "the restarted voter has the leader's state", () -> restarted.state().equals(expected));
        assertThat(restarted.state().tables()).hasSize(40);
        assertThat(restarted.getLatestSnapshot().getIndex()).isGreaterThan(20);
        // Installed as one snapshot (pause, reinitialize), not replayed table by table.
        assertThat(changes.get()).isLessThan(10);
    }

    private static NodeState state(ClusterMap map, String nodeId) {
        return map.getNodesList().stream().filter(n -> n.getNodeId().equals(nodeId)).findFirst()
                .map(NodeInfo::getState).orElse(NodeState.ALIVE);
    }
}
