package io.cairndb.membership.leader;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.NodeState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeLivenessTest {
    private static final MembershipSettings SETTINGS = MembershipSettings.defaults()
            .withSuspectAfter(Duration.ofSeconds(3)).withRepairAfter(Duration.ofSeconds(30));
    private static final NodeRecord NODE = new NodeRecord("n1", "r", "a", "h:1", "h:2", false);

    @Test
    void aliveThenSuspectThenDead() {
        NodeLiveness liveness = new NodeLiveness(SETTINGS, 0);
        liveness.record(new NodeLiveness.Heartbeat("n1", 10_000, 42, List.of()));
        assertThat(liveness.state(NODE, 12_999)).isEqualTo(NodeState.ALIVE);
        assertThat(liveness.state(NODE, 13_000)).isEqualTo(NodeState.SUSPECT);
        assertThat(liveness.state(NODE, 39_999)).isEqualTo(NodeState.SUSPECT);
        assertThat(liveness.state(NODE, 40_000)).isEqualTo(NodeState.DEAD);
    }

    @Test
    void aNewLeaderGivesEveryNodeAFreshGracePeriod() {
        NodeLiveness fresh = new NodeLiveness(SETTINGS, 100_000); // never heard from n1
        assertThat(fresh.state(NODE, 100_000)).isEqualTo(NodeState.ALIVE);
        assertThat(fresh.state(NODE, 129_999)).isEqualTo(NodeState.SUSPECT);
        assertThat(fresh.state(NODE, 130_000)).isEqualTo(NodeState.DEAD);
    }

    @Test
    void aCommittedDeadMarkWinsUntilTheNodeRegistersAgain() {
        NodeLiveness liveness = new NodeLiveness(SETTINGS, 0);
        liveness.record(new NodeLiveness.Heartbeat("n1", 1_000, 42, List.of()));
        assertThat(liveness.state(NODE.withDead(true), 1_000)).isEqualTo(NodeState.DEAD);
    }

    @Test
    void lastJoinIsTheNewestFirstHeartbeat() {
        NodeLiveness liveness = new NodeLiveness(SETTINGS, 5);
        assertThat(liveness.lastJoinMillis()).isEqualTo(5);
        liveness.record(new NodeLiveness.Heartbeat("n1", 100, 1, List.of()));
        liveness.record(new NodeLiveness.Heartbeat("n2", 200, 1, List.of()));
        liveness.record(new NodeLiveness.Heartbeat("n1", 300, 1, List.of()));
        assertThat(liveness.lastJoinMillis()).isEqualTo(200);
    }
}
