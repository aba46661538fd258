package io.cairndb.membership.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepairDecisionTest {

    private static ViewBuilder fourNodesTwoInAzA() {
        return new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c").node("n4", "a")
                .group("g1", "n1", "n2", "n3").group("g2", "n4", "n2", "n3").group("g3", "n1", "n2", "n3");
    }

    @Test
    void healthyClusterNeedsNothing() {
        assertThat(RepairDecision.decide(fourNodesTwoInAzA().build())).isEmpty();
    }

    @Test
    void aSilentNodeIsMarkedDeadBeforeAnythingMoves() {
        List<RepairAction> actions = RepairDecision.decide(fourNodesTwoInAzA().dead("n1", false).build());
        assertThat(actions).containsExactly(new RepairAction.MarkDead("n1"));
    }

    @Test
    void replacementComesFromTheDeadNodesAz() {
        ClusterView view = fourNodesTwoInAzA().dead("n1", true).build();
        List<RepairAction> actions = RepairDecision.decide(view);
        assertThat(actions).hasSize(2).allMatch(a -> a instanceof RepairAction.Move);
        assertThat(actions).extracting(a -> ((RepairAction.Move) a).joining())
                .containsOnly(List.of("n4", "n2", "n3"));
        assertThat(actions).extracting(a -> ((RepairAction.Move) a).group().name()).containsExactly("g1", "g3");
    }

    @Test
    void withoutThatAzAMissingAzBeatsAnAzTheGroupHas() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c")
                .node("n5", "b").node("n6", "d").group("g1", "n1", "n2", "n3").dead("n1", true).build();
        RepairAction.Move move = (RepairAction.Move) RepairDecision.decide(view).get(0);
        assertThat(move.joining()).containsExactly("n6", "n2", "n3");
    }

    @Test
    void leastLoadedCandidateWinsWithinAnAz() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c")
                .node("n4", "a").node("n5", "a")
                .group("g1", "n1", "n2", "n3").group("g2", "n4", "n2", "n3").dead("n1", true).build();
        RepairAction.Move move = (RepairAction.Move) RepairDecision.decide(view).get(0);
        assertThat(move.joining()).containsExactly("n5", "n2", "n3");
    }

    @Test
    void reconfiguresOnlyOnceTheNewcomerHostsTheGroup() {
        ViewBuilder moving = fourNodesTwoInAzA().dead("n1", true).joining("g1", "n4", "n2", "n3");
        List<RepairAction> waiting = RepairDecision.decide(moving.build());
        assertThat(waiting).noneMatch(a -> a instanceof RepairAction.Reconfigure);
        assertThat(waiting).noneMatch(a -> a instanceof RepairAction.Move m && m.group().name().equals("g1"));

        List<RepairAction> ready = RepairDecision.decide(moving.reports("n4", "g1", "FOLLOWER").build());
        assertThat(ready).anyMatch(a -> a instanceof RepairAction.Reconfigure r && r.group().name().equals("g1"));
    }

    @Test
    void aNewcomerThatDiesIsReplacedInThePlan() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c")
                .node("n4", "a").node("n5", "a").group("g1", "n1", "n2", "n3")
                .dead("n1", true).joining("g1", "n4", "n2", "n3").dead("n4", true).build();
        RepairAction.Move move = (RepairAction.Move) RepairDecision.decide(view).stream()
                .filter(a -> a instanceof RepairAction.Move).findFirst().orElseThrow();
        assertThat(move.joining()).containsExactly("n5", "n2", "n3");
    }

    @Test
    void noCandidateMeansNoMove() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c")
                .group("g1", "n1", "n2", "n3").dead("n1", true).build();
        assertThat(RepairDecision.decide(view)).isEmpty();
    }
}
