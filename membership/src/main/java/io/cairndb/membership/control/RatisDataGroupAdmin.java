package io.cairndb.membership.control;

import io.cairndb.membership.MembershipGroup;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.retry.RetryPolicy;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.util.TimeDuration;

/**
 * {@link DataGroupAdmin} over a short-lived RaftClient per call (calls are rare: repairs and
 * balancing), with a bounded retry policy: Ratis's default retries forever.
 */
public final class RatisDataGroupAdmin implements DataGroupAdmin {
    /** About 5 s of retries (plus request time): rides out an election with 1-2 s timeouts. */
    private static final RetryPolicy BOUNDED =
            RetryPolicies.retryUpToMaximumCountWithFixedSleep(20, TimeDuration.valueOf(250, TimeUnit.MILLISECONDS));
    private static final long TRANSFER_TIMEOUT_MS = 5_000;

    private final RaftProperties properties;

    public RatisDataGroupAdmin() {
        this(clientProperties());
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
                .setRetryPolicy(BOUNDED);
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

    /** gRPC transport and a request timeout long enough for a new member's catch-up to start. */
    private static RaftProperties clientProperties() {
        RaftProperties properties = new RaftProperties();
        RaftConfigKeys.Rpc.setType(properties, SupportedRpcType.GRPC);
        RaftClientConfigKeys.Rpc.setRequestTimeout(properties, TimeDuration.valueOf(10, TimeUnit.SECONDS));
        return properties;
    }
}
