package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liveness is time elapsed on the membership leader: a jump of the leader's wall clock must
 * neither make live nodes look dead (a forward jump: every replica "repaired" at once) nor dead
 * nodes look alive (a backward jump).
 */
class WallClockJumpTest {
    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aJumpOfTheLeadersWallClockChangesNoNodesLiveness() throws Exception {
        JumpingClock clock = new JumpingClock();
        NodeSettings settings = LocalClusterLayout.load(dir, 1, MembershipSettings.defaults(), Map.of()).getFirst();
        try (NodeServer node = NodeServer.start(settings, clock);
             MembershipClient membership = new MembershipClient(List.of(node.grpcAddress()), Duration.ofSeconds(2))) {
            Await.until(READY, "n1 alive in the map", () -> stateOf(membership, "n1") == NodeState.ALIVE);

            clock.jump(Duration.ofMinutes(10));
            assertThat(stateOf(membership, "n1")).isEqualTo(NodeState.ALIVE);

            clock.jump(Duration.ofMinutes(-20));
            assertThat(stateOf(membership, "n1")).isEqualTo(NodeState.ALIVE);
        }
    }

    private static NodeState stateOf(MembershipClient membership, String nodeId) {
        return membership.clusterMap().getNodesList().stream().filter(n -> n.getNodeId().equals(nodeId))
                .map(NodeInfo::getState).findFirst().orElse(null);
    }

    /** The system clock plus an offset the test moves. */
    private static final class JumpingClock extends Clock {
        private final AtomicLong offsetMillis = new AtomicLong();

        void jump(Duration by) {
            offsetMillis.addAndGet(by.toMillis());
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public long millis() {
            return System.currentTimeMillis() + offsetMillis.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
