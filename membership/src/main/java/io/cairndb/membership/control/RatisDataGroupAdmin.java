package io.cairndb.membership.control;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.replication.raft.CairnRaftProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;

/**
 * {@link DataGroupAdmin} over a short-lived RaftClient per call (calls are rare: repairs and
 * balancing), with {@link CairnRaftProperties}' client settings. Retries are bounded by a
 * deadline ({@link DeadlineRetry}) rather than a count: an attempt that times out (a group that
 * lost its majority) counts its full timeout, so the controllers are never held for long. A call
 * that gives up is repeated by the controller's next run: both calls are idempotent.
 */
public final class RatisDataGroupAdmin implements DataGroupAdmin {
    /** Long enough to ride out an election (1-2 s timeouts), short enough not to stall the controllers. */
    private static final Duration RETRY_BUDGET = Duration.ofSeconds(8);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private static final long TRANSFER_TIMEOUT_MS = 5_000;

    private final RaftProperties properties;

    public RatisDataGroupAdmin() {
        this(CairnRaftProperties.clientProperties(REQUEST_TIMEOUT));
    }

    public RatisDataGroupAdmin(RaftProperties properties) {
        this.properties = properties;
    }

    @Override
    public void setConfiguration(String groupId, List<RaftPeer> reach, String leaderHint,
                                 List<RaftPeer> newConfiguration) throws IOException {
        try (RaftClient client = client(groupId, reach, leaderHint)) {
            check(client.admin().setConfiguration(newConfiguration), "setConfiguration");
        }
    }

    @Override
    public void transferLeadership(String groupId, List<RaftPeer> reach, String currentLeader, String newLeader)
            throws IOException {
        try (RaftClient client = client(groupId, reach, currentLeader)) {
            check(client.admin().transferLeadership(RaftPeerId.valueOf(newLeader), TRANSFER_TIMEOUT_MS),
                    "transferLeadership");
        }
    }

    private RaftClient client(String groupId, List<RaftPeer> reach, String leaderHint) {
        RaftClient.Builder builder = RaftClient.newBuilder()
                .setProperties(properties)
                .setRaftGroup(RaftGroup.valueOf(MembershipGroup.groupId(groupId), reach))
                .setRetryPolicy(new DeadlineRetry(RETRY_BUDGET, RETRY_PAUSE));
        if (leaderHint != null && reach.stream().anyMatch(p -> p.getId().toString().equals(leaderHint))) {
            builder.setLeaderId(RaftPeerId.valueOf(leaderHint));
        }
        return builder.build();
    }

    private static void check(RaftClientReply reply, String what) throws IOException {
        if (!reply.isSuccess()) {
            throw new IOException(what + " failed: " + reply.getException());
        }
    }
}
