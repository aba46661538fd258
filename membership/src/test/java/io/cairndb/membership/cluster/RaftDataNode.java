package io.cairndb.membership.cluster;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.HeartbeatRequest;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.Peer;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.GroupManagementRequest;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.DivisionInfo;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.impl.BaseStateMachine;

/**
 * A data node with real data Raft groups (over gRPC, with an empty state machine): it heartbeats
 * the membership leader with its groups' real status and, like the node agent, adds assigned
 * groups (groupAdd with the assignment's peers) and removes the ones it is told to remove.
 */
final class RaftDataNode implements AutoCloseable {
    final String nodeId;
    final String az;
    final int raftPort = MetadataCluster.freePort();
    final RaftServer server;
    private final MembershipClient client;
    private final ClientId clientId = ClientId.randomId();
    private final AtomicLong callIds = new AtomicLong();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor();
    private boolean closed;

    RaftDataNode(String nodeId, String az, File dir, MembershipClient client) throws IOException {
        this.nodeId = nodeId;
        this.az = az;
        this.client = client;
        this.server = RaftServer.newBuilder()
                .setServerId(RaftPeerId.valueOf(nodeId))
                .setStateMachineRegistry(groupId -> new BaseStateMachine())
                .setProperties(TestRaftProperties.server(dir, raftPort))
                .setOption(RaftStorage.StartupOption.FORMAT)
                .build();
        server.start();
    }

    void startHeartbeats(Duration every) {
        beat.scheduleWithFixedDelay(() -> {
            try {
                reconcile(heartbeat());
            } catch (RuntimeException | AssertionError | IOException e) {
                // membership leader changing: the next beat retries
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The group's current voters as this node's division knows them. */
    Set<String> peers(String groupId) {
        Set<String> peers = new TreeSet<>();
        try {
            server.getDivision(MembershipGroup.groupId(groupId)).getRaftConf().getCurrentPeers()
                    .forEach(p -> peers.add(p.getId().toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return peers;
    }

    Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        for (RaftGroupId id : server.getGroupIds()) {
            groups.add(id.getUuid().toString());
        }
        return groups;
    }

    private HeartbeatReply heartbeat() throws IOException {
        HeartbeatRequest.Builder request = HeartbeatRequest.newBuilder().setNode(NodeInfo.newBuilder()
                .setNodeId(nodeId).setRegion("local").setAz(az)
                .setRaftAddress("127.0.0.1:" + raftPort).setGrpcAddress("127.0.0.1:" + (raftPort + 1))
                .setPid(ProcessHandle.current().pid()));
        for (RaftGroupId id : server.getGroupIds()) {
            RaftServer.Division division = server.getDivision(id);
            DivisionInfo info = division.getInfo();
            request.addGroups(GroupStatus.newBuilder().setGroupId(id.getUuid().toString())
                    .setRole(info.getCurrentRole().name()).setTerm(info.getCurrentTerm())
                    .setCommitIndex(division.getRaftLog().getLastCommittedIndex())
                    .setAppliedIndex(info.getLastAppliedIndex()));
        }
        return client.call(Duration.ofSeconds(2), stub -> stub.heartbeat(request.build()), HeartbeatReply::getFailure);
    }

    private void reconcile(HeartbeatReply reply) throws IOException {
        Set<String> hosted = groups();
        for (GroupAssignment assignment : reply.getAssignmentsList()) {
            if (hosted.contains(assignment.getGroupId())) {
                continue;
            }
            RaftGroup group = RaftGroup.valueOf(MembershipGroup.groupId(assignment.getGroupId()),
                    assignment.getPeersList().stream().map(RaftDataNode::peer).toList());
            server.groupManagement(GroupManagementRequest.newAdd(clientId, server.getId(), callIds.incrementAndGet(), group));
        }
        for (String remove : reply.getRemoveList()) {
            server.groupManagement(GroupManagementRequest.newRemove(clientId, server.getId(),
                    callIds.incrementAndGet(), MembershipGroup.groupId(remove), true, false));
        }
    }

    private static RaftPeer peer(Peer peer) {
        return RaftPeer.newBuilder().setId(peer.getNodeId()).setAddress(peer.getRaftAddress()).build();
    }

    /** Stops heartbeating and the Ratis server: to the cluster, the node is gone. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        beat.shutdownNow();
        try {
            beat.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
    }
}
