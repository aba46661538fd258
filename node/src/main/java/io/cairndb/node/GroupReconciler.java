package io.cairndb.node;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.Peer;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
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
 * group it lacks (with the assignment's peers, or none when it joins a running group), reopens an
 * assigned group whose replica Ratis closed on its own, and removes, directories included, the
 * groups the leader lists in {@code remove}. Changes run asynchronously; a group with a change in
 * flight is left alone until that change completes, so heartbeats never pile up duplicates.
 */
final class GroupReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(GroupReconciler.class);
    static final Duration REOPEN_BACKOFF = Duration.ofSeconds(10);

    private final RaftServer server;
    private final ClientId clientId = ClientId.randomId();
    private final AtomicLong callId = new AtomicLong();
    private final Set<RaftGroupId> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<RaftGroupId, Long> lastReopenNanos = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    GroupReconciler(RaftServer server) {
        this(server, System::nanoTime);
    }

    GroupReconciler(RaftServer server, LongSupplier nanoTime) {
        this.server = server;
        this.nanoTime = nanoTime;
    }

    void reconcile(HeartbeatReply reply) {
        Set<RaftGroupId> hosted = hostedGroups();
        for (GroupAssignment assignment : reply.getAssignmentsList()) {
            RaftGroupId groupId = MembershipGroup.groupId(assignment.getGroupId());
            if (!hosted.contains(groupId)) {
                add(RaftGroup.valueOf(groupId, peers(assignment.getPeersList())));
            } else if (isClosed(groupId)) {
                reopen(RaftGroup.valueOf(groupId, peers(assignment.getPeersList())));
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
        // AlreadyExists: a retried add after an earlier add that completed late; the group is there.
        track(groupId, "group_added", "group_add_failed", AlreadyExistsException.class,
                submit(GroupManagementRequest.newAdd(clientId, server.getId(), callId.incrementAndGet(), group)));
    }

    /**
     * Ratis closes a replica for good in a few cases (a candidate that its peers tell to shut down,
     * for one) but keeps it listed, so "hosted" alone would leave an assigned group dead here. The
     * replica is removed with its directory kept and added again from that directory (Ratis'
     * RECOVER, as after a restart): its log and vote stay, which Raft's safety needs, where an
     * empty replica could vote away entries it had acknowledged. At most once per
     * {@link #REOPEN_BACKOFF} per group, in case Ratis closes it again at once.
     */
    private void reopen(RaftGroup group) {
        RaftGroupId groupId = group.getGroupId();
        long now = nanoTime.getAsLong();
        Long last = lastReopenNanos.get(groupId);
        if (last != null && now - last < REOPEN_BACKOFF.toNanos()) {
            return;
        }
        if (!inFlight.add(groupId)) {
            return;
        }
        lastReopenNanos.put(groupId, now);
        LOG.warn("event=group_reopening group={} reason=closed_by_ratis", groupId.getUuid());
        CompletableFuture<RaftClientReply> reopened = submit(GroupManagementRequest.newRemove(clientId,
                server.getId(), callId.incrementAndGet(), groupId, false, false))
                .thenCompose(removed -> {
                    Throwable failure = failureOf(removed, null);
                    return failure != null ? CompletableFuture.<RaftClientReply>failedFuture(failure)
                            : submit(GroupManagementRequest.newAdd(clientId, server.getId(), callId.incrementAndGet(),
                                    group, false));
                });
        track(groupId, "group_reopened", "group_reopen_failed", null, reopened);
    }

    private boolean isClosed(RaftGroupId groupId) {
        try {
            return server.getDivision(groupId).getInfo().getLifeCycleState().isClosingOrClosed();
        } catch (IOException e) {
            return false; // not (or no longer) hosted: nothing to reopen
        }
    }

    private void remove(RaftGroupId groupId) {
        if (!inFlight.add(groupId)) {
            return;
        }
        LOG.info("event=group_removing group={}", groupId.getUuid());
        lastReopenNanos.remove(groupId);
        // deleteDirectory: the group's Ratis directory holds its log, snapshots and RocksDB store.
        track(groupId, "group_removed", "group_remove_failed", null, submit(GroupManagementRequest.newRemove(
                clientId, server.getId(), callId.incrementAndGet(), groupId, true, false)));
    }

    /**
     * Ends the change in flight for {@code groupId} when {@code change} completes and logs its
     * outcome; a failure of type {@code success} (may be null) counts as done.
     */
    private void track(RaftGroupId groupId, String doneEvent, String failedEvent, Class<? extends Throwable> success,
                       CompletableFuture<RaftClientReply> change) {
        change.whenComplete((reply, error) -> {
            inFlight.remove(groupId);
            Throwable failure = failureOf(reply, error);
            if (failure == null || (success != null && success.isInstance(failure))) {
                LOG.info("event={} group={}", doneEvent, groupId.getUuid());
            } else {
                LOG.warn("event={} group={} cause={}", failedEvent, groupId.getUuid(), failure.toString());
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
