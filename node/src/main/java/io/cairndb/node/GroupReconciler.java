package io.cairndb.node;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.Peer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.GroupManagementRequest;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.exceptions.AlreadyExistsException;
import org.apache.ratis.server.RaftServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the groups this node hosts match what the membership leader assigns: adds each assigned
 * group it lacks (with the assignment's peers, or none when it joins a running group) and removes, directories included, the groups the
 * leader lists in {@code remove}. Adds and removes run asynchronously; a group with a change in
 * flight is left alone until that change completes, so heartbeats never pile up duplicates.
 */
final class GroupReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(GroupReconciler.class);

    private final RaftServer server;
    private final ClientId clientId = ClientId.randomId();
    private final AtomicLong callId = new AtomicLong();
    private final Set<RaftGroupId> inFlight = ConcurrentHashMap.newKeySet();

    GroupReconciler(RaftServer server) {
        this.server = server;
    }

    void reconcile(HeartbeatReply reply) {
        Set<RaftGroupId> hosted = hostedGroups();
        for (GroupAssignment assignment : reply.getAssignmentsList()) {
            RaftGroupId groupId = MembershipGroup.groupId(assignment.getGroupId());
            if (!hosted.contains(groupId)) {
                add(RaftGroup.valueOf(groupId, peers(assignment.getPeersList())));
            }
        }
        for (String removed : reply.getRemoveList()) {
            RaftGroupId groupId = MembershipGroup.groupId(removed);
            if (hosted.contains(groupId) && !groupId.equals(MembershipGroup.GROUP_ID)) {
                remove(groupId);
            }
        }
    }

    /** Groups with a change in flight: tests and logs use it to tell "pending" from "absent". */
    Set<RaftGroupId> inFlight() {
        return Set.copyOf(inFlight);
    }

    /**
     * Adds a group with the assignment's peers; with none, this node joins a running group and
     * waits for its leader to send the configuration (see {@code GroupRecord.peersFor}).
     */
    private void add(RaftGroup group) {
        RaftGroupId groupId = group.getGroupId();
        if (!group.getPeers().isEmpty() && group.getPeer(server.getId()) == null) {
            LOG.warn("event=group_assignment_ignored group={} reason=self_not_a_peer peers={}", groupId.getUuid(),
                    group.getPeers());
            return;
        }
        if (!inFlight.add(groupId)) {
            return;
        }
        LOG.info("event=group_adding group={} peers={}", groupId.getUuid(), group.getPeers());
        submit(GroupManagementRequest.newAdd(clientId, server.getId(), callId.incrementAndGet(), group))
                .whenComplete((reply, error) -> {
                    inFlight.remove(groupId);
                    Throwable failure = failureOf(reply, error);
                    if (failure == null || failure instanceof AlreadyExistsException) {
                        // A retried add after an earlier add that completed late: the group is there.
                        LOG.info("event=group_added group={}", groupId.getUuid());
                    } else {
                        LOG.warn("event=group_add_failed group={} cause={}", groupId.getUuid(), failure.toString());
                    }
                });
    }

    private void remove(RaftGroupId groupId) {
        if (!inFlight.add(groupId)) {
            return;
        }
        LOG.info("event=group_removing group={}", groupId.getUuid());
        // deleteDirectory: the group's Ratis directory holds its log, snapshots and RocksDB store.
        submit(GroupManagementRequest.newRemove(clientId, server.getId(), callId.incrementAndGet(), groupId, true, false))
                .whenComplete((reply, error) -> {
                    inFlight.remove(groupId);
                    Throwable failure = failureOf(reply, error);
                    if (failure == null) {
                        LOG.info("event=group_removed group={}", groupId.getUuid());
                    } else {
                        LOG.warn("event=group_remove_failed group={} cause={}", groupId.getUuid(), failure.toString());
                    }
                });
    }

    private CompletableFuture<RaftClientReply> submit(GroupManagementRequest request) {
        try {
            return server.groupManagementAsync(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Set<RaftGroupId> hostedGroups() {
        Set<RaftGroupId> hosted = new HashSet<>();
        server.getGroupIds().forEach(hosted::add);
        return hosted;
    }

    private static Throwable failureOf(RaftClientReply reply, Throwable error) {
        if (error != null) {
            return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        }
        return reply.isSuccess() ? null : reply.getException();
    }

    private static List<RaftPeer> peers(List<Peer> peers) {
        return peers.stream()
                .map(peer -> RaftPeer.newBuilder().setId(peer.getNodeId()).setAddress(peer.getRaftAddress()).build())
                .toList();
    }
}
