package io.cairndb.node;

import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.HeartbeatRequest;
import io.cairndb.proto.NodeInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's side of membership: every heartbeat interval it reports this node and the status of
 * every group it hosts to the membership leader, applies the reply (adds assigned groups it lacks,
 * removes the ones it is told to) and, when the map version moved, refreshes the address book
 * from the cluster map. One thread, stopped by {@link #close()}.
 */
final class MembershipAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MembershipAgent.class);

    private final NodeInfo self;
    private final GroupStatusReader statusReader;
    private final MembershipClient membership;
    private final GroupReconciler reconciler;
    private final NodeAddressBook addresses;
    private final RoleChangeLog roleChanges;
    private final Duration interval;
    private final ScheduledExecutorService thread;
    private volatile boolean closing;
    private long knownMapVersion = -1;
    private boolean leaderReachable = true;

    MembershipAgent(NodeInfo self, GroupStatusReader statusReader, MembershipClient membership,
                    GroupReconciler reconciler, NodeAddressBook addresses, Duration interval) {
        this.self = self;
        this.statusReader = statusReader;
        this.membership = membership;
        this.reconciler = reconciler;
        this.addresses = addresses;
        this.roleChanges = new RoleChangeLog(self.getNodeId());
        this.interval = interval;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "cairn-membership-agent-" + self.getNodeId());
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        // Fixed delay, not rate: a slow call (leader election) must not queue up a burst of beats.
        thread.scheduleWithFixedDelay(this::beat, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            List<GroupStatus> statuses = statusReader.readAll();
            roleChanges.observe(statuses);
            HeartbeatReply reply = membership.heartbeat(HeartbeatRequest.newBuilder()
                    .setNode(self)
                    .addAllGroups(statuses)
                    .build());
            reachable(true, null);
            reconciler.reconcile(reply);
            if (reply.getMapVersion() != knownMapVersion) {
                addresses.update(membership.clusterMap());
                knownMapVersion = reply.getMapVersion();
            }
        } catch (RuntimeException e) {
            if (closing) {
                return; // the call was interrupted by close(): not a membership problem
            }
            if (e instanceof MembershipClient.MembershipUnavailableException) {
                reachable(false, e);
                return;
            }
            // Never let one bad beat kill the schedule: the next beat retries from scratch.
            LOG.warn("event=heartbeat_failed node={} cause={}", self.getNodeId(), e.toString(), e);
        }
    }

    /** Logs only transitions, so a long election does not flood the log every half second. */
    private void reachable(boolean now, RuntimeException cause) {
        if (now != leaderReachable) {
            if (now) {
                LOG.info("event=membership_leader_reachable node={} leader={}", self.getNodeId(),
                        membership.lastTarget());
            } else {
                LOG.warn("event=membership_leader_unreachable node={} cause={}", self.getNodeId(), cause.getMessage());
            }
            leaderReachable = now;
        }
    }

    @Override
    public void close() {
        closing = true;
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("event=agent_stop_timeout node={}", self.getNodeId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
