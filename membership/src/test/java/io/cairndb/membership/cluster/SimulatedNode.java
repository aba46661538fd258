package io.cairndb.membership.cluster;

import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.HeartbeatRequest;
import io.cairndb.proto.NodeInfo;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A data node as the membership leader sees one: it heartbeats with its identity and the groups
 * it hosts, and, like the real node agent, starts hosting assigned groups and drops removed ones.
 */
final class SimulatedNode implements AutoCloseable {
    final String nodeId;
    final String az;
    private final MembershipClient client;
    private final Set<String> hosted = new TreeSet<>();
    final Map<String, GroupAssignment> firstAssignments = new ConcurrentHashMap<>();
    final Map<String, GroupAssignment> lastAssignments = new ConcurrentHashMap<>();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor();
    private volatile HeartbeatReply lastReply;
    private volatile boolean leadsEverything;
    private volatile boolean adopting = true;

    SimulatedNode(String nodeId, String az, MembershipClient client) {
        this.nodeId = nodeId;
        this.az = az;
        this.client = client;
    }

    void startHeartbeats(Duration every) {
        beat.scheduleWithFixedDelay(this::heartbeatQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops heartbeating, as a crashed node does. */
    @Override
    public void close() {
        beat.shutdownNow();
        try {
            beat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reports leading every group it hosts (the balancer's input). */
    void leadEverything() {
        leadsEverything = true;
    }

    /** Whether it starts hosting newly assigned groups (off: a node slow to add a group). */
    void adoptAssignments(boolean adopt) {
        adopting = adopt;
    }

    /** Hosts these groups already, as a node restarted with its old data does. */
    synchronized void host(java.util.Collection<String> groupIds) {
        hosted.addAll(groupIds);
    }

    HeartbeatReply lastReply() {
        return lastReply;
    }

    synchronized Set<String> hosted() {
        return Set.copyOf(hosted);
    }

    private void heartbeatQuietly() {
        try {
            heartbeat();
        } catch (RuntimeException | AssertionError e) {
            // leader change in progress: the next beat retries
        }
    }

    HeartbeatReply heartbeat() {
        HeartbeatRequest.Builder request = HeartbeatRequest.newBuilder().setNode(NodeInfo.newBuilder()
                .setNodeId(nodeId).setRegion("local").setAz(az)
                .setRaftAddress("127.0.0.9:" + (7000 + nodeId.hashCode() % 1000))
                .setGrpcAddress("127.0.0.9:" + (8000 + nodeId.hashCode() % 1000))
                .setPid(ProcessHandle.current().pid()));
        synchronized (this) {
            for (String group : hosted) {
                request.addGroups(GroupStatus.newBuilder().setGroupId(group).setRole(leadsEverything ? "LEADER" : "FOLLOWER").setTerm(leadsEverything ? 2 : 1));
            }
        }
        HeartbeatReply reply = client.call(Duration.ofSeconds(2), stub -> stub.heartbeat(request.build()),
                HeartbeatReply::getFailure);
        synchronized (this) {
            for (GroupAssignment assignment : reply.getAssignmentsList()) {
                firstAssignments.putIfAbsent(assignment.getGroupId(), assignment);
                lastAssignments.put(assignment.getGroupId(), assignment);
                if (adopting) {
                    hosted.add(assignment.getGroupId());
                }
            }
            reply.getRemoveList().forEach(hosted::remove);
        }
        lastReply = reply;
        return reply;
    }
}
