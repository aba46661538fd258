package io.cairndb.chaos.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.launcher.status.ClusterStatus;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MembershipChangeTest {
    private static final int MAX = 6;
    private static final List<String> FIVE = List.of("n1", "n2", "n3", "n4", "n5");

    /** Five ALIVE nodes; n4 holds replicas, n5 none. */
    private static Statuses fiveNodes() {
        return new Statuses("n1").node("n1", "az1", "ALIVE").node("n2", "az2", "ALIVE").node("n3", "az3", "ALIVE")
                .node("n4", "az1", "ALIVE").node("n5", "az2", "ALIVE")
                .group("g1", "n4", List.of("n4", "n2", "n3"))
                .group("g2", "n1", List.of("n1", "n2", "n3"));
    }

    private static List<MembershipChange> decisions(List<String> running, Optional<ClusterStatus> status, int max) {
        Random random = new Random(7); // one source: Randoms of consecutive seeds start alike
        return IntStream.range(0, 50).mapToObj(i -> MembershipChange.decide(running, status, max, random)).toList();
    }

    @Test
    void removesOnlyNonSeedNodesHoldingReplicasWhenEveryGroupIsWhole() {
        List<MembershipChange> changes = decisions(FIVE, Optional.of(fiveNodes().build()), MAX);
        assertThat(changes).contains(new MembershipChange.Add(),
                new MembershipChange.Remove("n4", List.of("g1")));
        assertThat(changes).filteredOn(c -> c instanceof MembershipChange.Remove)
                .containsOnly(new MembershipChange.Remove("n4", List.of("g1")));
    }

    @Test
    void removesANodeWithoutReplicasWhenNoneHoldsAny() {
        ClusterStatus status = new Statuses("n1").node("n1", "az1", "ALIVE").node("n2", "az2", "ALIVE")
                .node("n3", "az3", "ALIVE").node("n5", "az2", "ALIVE")
                .group("g1", "n1", List.of("n1", "n2", "n3")).build();
        assertThat(decisions(List.of("n1", "n2", "n3", "n5"), Optional.of(status), 4))
                .containsOnly(new MembershipChange.Remove("n5", List.of()));
    }

    @Test
    void neverRemovesWhileAGroupHasAReplicaOnALostNode() {
        ClusterStatus repairing = fiveNodes().node("n6", "az3", "DEAD").group("g3", "n1", List.of("n1", "n2", "n6"))
                .build();
        assertThat(decisions(FIVE, Optional.of(repairing), MAX)).containsOnly(new MembershipChange.Add());
        assertThat(MembershipChange.decide(FIVE, Optional.of(repairing), FIVE.size(), new Random(1)))
                .isInstanceOf(MembershipChange.Skip.class);
    }

    @Test
    void neverRemovesAReplicaWhoseGroupLacksAThirdOne() {
        ClusterStatus shrunk = fiveNodes().group("g3", "n1", List.of("n1", "n2")).build();
        assertThat(decisions(FIVE, Optional.of(shrunk), MAX)).containsOnly(new MembershipChange.Add());
    }

    @Test
    void withoutAStatusOrWithOnlyTheSeedsItAdds() {
        assertThat(decisions(FIVE, Optional.empty(), MAX)).containsOnly(new MembershipChange.Add());
        assertThat(decisions(List.of("n1", "n2", "n3"), Optional.of(fiveNodes().build()), MAX))
                .containsOnly(new MembershipChange.Add());
    }

    @Test
    void atTheLimitItOnlyRemoves() {
        assertThat(decisions(FIVE, Optional.of(fiveNodes().build()), FIVE.size()))
                .containsOnly(new MembershipChange.Remove("n4", List.of("g1")));
    }
}
