package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.Peer;
import io.cairndb.replication.net.FreePorts;
import io.cairndb.replication.raft.CairnRaftProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.GroupManagementRequest;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciler against a real Ratis server over gRPC: what a heartbeat reply assigns appears,
 * repeated assignments do not add twice, a replica Ratis closed is reopened, and what it lists in
 * remove disappears with its files.
 * The groups run a bare state machine: the reconciler's job is hosting, not applying.
 */
class GroupReconcilerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private RaftServer server;
    private String address;

    @BeforeEach
    void startServer() throws Exception {
        int port = FreePorts.next("127.0.0.1");
        address = "127.0.0.1:" + port;
        server = RaftServer.newBuilder()
                .setServerId(RaftPeerId.valueOf("n1"))
                .setProperties(CairnRaftProperties.server().storageDir(dir).raftPort(port).build())
                .setStateMachineRegistry(groupId -> new BaseStateMachine())
                .build();
        server.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private HeartbeatReply assign(String... groupNames) {
        HeartbeatReply.Builder reply = HeartbeatReply.newBuilder();
        for (String name : groupNames) {
            reply.addAssignments(GroupAssignment.newBuilder()
                    .setGroupId(MembershipGroup.dataGroupId(name).getUuid().toString())
                    .addPeers(Peer.newBuilder().setNodeId("n1").setRaftAddress(address).setAz("az1")));
        }
        return reply.build();
    }

    private List<RaftGroupId> hosted() {
        List<RaftGroupId> groups = new ArrayList<>();
        server.getGroupIds().forEach(groups::add);
        return groups;
    }

    @Test
    void addsAssignedGroupsOnceAndRemovesListedOnesWithTheirFiles() throws Exception {
        GroupReconciler reconciler = new GroupReconciler(server);
        RaftGroupId g1 = MembershipGroup.dataGroupId("g1");
        RaftGroupId g2 = MembershipGroup.dataGroupId("g2");

        // Three heartbeats in a row, as when adds are slower than the heartbeat interval.
        for (int beat = 0; beat < 3; beat++) {
            reconciler.reconcile(assign("g1", "g2"));
        }
        Await.until(WAIT, "g1 and g2 hosted and no change in flight",
                () -> hosted().containsAll(List.of(g1, g2)) && reconciler.inFlight().isEmpty());
        assertThat(hosted()).containsExactlyInAnyOrder(g1, g2);
        Await.until(WAIT, "g1 elects its only peer", () -> isLeader(g1));
        Path g1Dir = dir.resolve(g1.getUuid().toString());
        assertThat(g1Dir).isDirectory();

        reconciler.reconcile(assign("g2").toBuilder().addRemove(g1.getUuid().toString()).build());
        Await.until(WAIT, "g1 removed", () -> !hosted().contains(g1) && reconciler.inFlight().isEmpty());
        assertThat(hosted()).containsExactly(g2);
        assertThat(Files.exists(g1Dir)).as("g1's directory deleted").isFalse();
    }

    @Test
    void reopensAnAssignedGroupThatRatisClosedFromItsOwnDirectoryAtMostOncePerBackoff() throws Exception {
        AtomicLong now = new AtomicLong();
        GroupReconciler reconciler = new GroupReconciler(server, now::get);
        RaftGroupId g1 = MembershipGroup.dataGroupId("g1");
        reconciler.reconcile(assign("g1"));
        Await.until(WAIT, "g1 elects its only peer", () -> isLeader(g1));
        long termBefore = server.getDivision(g1).getInfo().getCurrentTerm();

        server.getDivision(g1).close(); // as Ratis does when a candidate's peers tell it to shut down
        assertThat(hosted()).as("Ratis keeps a closed replica listed").contains(g1);
        assertThat(reportedGroups()).as("but heartbeats leave it out: its role is stale").doesNotContain(g1);
        reconciler.reconcile(assign("g1"));
        Await.until(WAIT, "g1 reopened and leading again", () -> isRunningLeader(g1) && reconciler.inFlight().isEmpty());
        assertThat(reportedGroups()).contains(g1);
        assertThat(server.getDivision(g1).getInfo().getCurrentTerm()).as("its term, read back from its directory")
                .isGreaterThan(termBefore);

        server.getDivision(g1).close();
        reconciler.reconcile(assign("g1"));
        assertThat(reconciler.inFlight()).as("no second reopen within the backoff").isEmpty();
        assertThat(server.getDivision(g1).getInfo().getLifeCycleState().isClosingOrClosed()).isTrue();
        now.addAndGet(GroupReconciler.REOPEN_BACKOFF.toNanos());
        reconciler.reconcile(assign("g1"));
        Await.until(WAIT, "g1 reopened after the backoff", () -> isRunningLeader(g1) && reconciler.inFlight().isEmpty());
    }

    @Test
    void joinsARunningGroupWithoutAConfigurationSoItWaitsForTheLeaderInsteadOfCampaigning() throws Exception {
        GroupReconciler reconciler = new GroupReconciler(server);
        RaftGroupId g7 = MembershipGroup.dataGroupId("g7");
        HeartbeatReply join = HeartbeatReply.newBuilder()
                .addAssignments(GroupAssignment.newBuilder().setGroupId(g7.getUuid().toString())).build();

        reconciler.reconcile(join);

        Await.until(WAIT, "g7 hosted", () -> hosted().contains(g7) && reconciler.inFlight().isEmpty());
        // Outside every configuration a Ratis server stays in its initializing state: no election timer.
        assertThat(server.getDivision(g7).getRaftConf().getCurrentPeers()).isEmpty();
        assertThat(server.getDivision(g7).getInfo().getCurrentTerm()).isZero();
    }

    @Test
    void ignoresAnAssignmentThatDoesNotNameThisNode() {
        GroupReconciler reconciler = new GroupReconciler(server);
        HeartbeatReply elsewhere = HeartbeatReply.newBuilder().addAssignments(GroupAssignment.newBuilder()
                .setGroupId(MembershipGroup.dataGroupId("g9").getUuid().toString())
                .addPeers(Peer.newBuilder().setNodeId("n2").setRaftAddress("127.0.0.1:1"))).build();

        reconciler.reconcile(elsewhere);

        assertThat(reconciler.inFlight()).isEmpty();
        assertThat(hosted()).isEmpty();
    }

    @Test
    void neverRemovesTheMetadataGroup() throws Exception {
        GroupReconciler reconciler = new GroupReconciler(server);
        server.groupManagementAsync(GroupManagementRequest.newAdd(ClientId.randomId(), server.getId(), 1,
                RaftGroup.valueOf(MembershipGroup.GROUP_ID, RaftPeer.newBuilder().setId("n1").setAddress(address).build())))
                .get(30, TimeUnit.SECONDS);

        reconciler.reconcile(HeartbeatReply.newBuilder().addRemove(MembershipGroup.GROUP_UUID).build());

        assertThat(reconciler.inFlight()).as("no remove submitted").isEmpty();
        assertThat(hosted()).containsExactly(MembershipGroup.GROUP_ID);
    }

    private List<RaftGroupId> reportedGroups() {
        return new GroupStatusReader(server).readAll().stream()
                .map(status -> RaftGroupId.valueOf(java.util.UUID.fromString(status.getGroupId()))).toList();
    }

    /** A closed replica keeps the role it had: only a running one counts. */
    private boolean isRunningLeader(RaftGroupId groupId) {
        try {
            return isLeader(groupId) && server.getDivision(groupId).getInfo().getLifeCycleState().isRunning();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private boolean isLeader(RaftGroupId groupId) {
        try {
            return server.getDivision(groupId).getInfo().isLeader();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
