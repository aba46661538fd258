package io.cairndb.membership.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BalanceDecisionTest {

    private static ViewBuilder threeGroupsOnThreeNodes() {
        ViewBuilder b = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c")
                .group("g1", "n1", "n2", "n3").group("g2", "n1", "n2", "n3").group("g3", "n1", "n2", "n3");
        return b;
    }

    private static ViewBuilder led(ViewBuilder b, String g1, String g2, String g3) {
        String[] leaders = {g1, g2, g3};
        for (int i = 0; i < 3; i++) {
            for (String node : new String[] {"n1", "n2", "n3"}) {
                b.reports(node, "g" + (i + 1), node.equals(leaders[i]) ? "LEADER" : "FOLLOWER");
            }
        }
        return b;
    }

    @Test
    void oneLeaderPerNodeIsBalanced() {
        assertThat(BalanceDecision.decide(led(threeGroupsOnThreeNodes(), "n1", "n2", "n3").build())).isEmpty();
    }

    @Test
    void aNodeLeadingEverythingHandsOneGroupToTheLeastLoaded() {
        Optional<BalanceDecision.Transfer> transfer =
                BalanceDecision.decide(led(threeGroupsOnThreeNodes(), "n1", "n1", "n1").build());
        assertThat(transfer).isPresent();
        assertThat(transfer.get().from()).isEqualTo("n1");
        assertThat(transfer.get().to()).isEqualTo("n2");
        assertThat(transfer.get().group().name()).isEqualTo("g1");
    }

    @Test
    void prefersTheNodeThatLeadsNothing() {
        Optional<BalanceDecision.Transfer> transfer =
                BalanceDecision.decide(led(threeGroupsOnThreeNodes(), "n1", "n2", "n1").build());
        assertThat(transfer).map(BalanceDecision.Transfer::to).contains("n3");
    }

    @Test
    void deadNodesAreNotTargets() {
        ViewBuilder b = led(threeGroupsOnThreeNodes(), "n1", "n1", "n2").dead("n3", false);
        // limit = ceil(3 / 2) = 2: n1 leading 2 is within it.
        assertThat(BalanceDecision.decide(b.build())).isEmpty();
        ViewBuilder all = led(threeGroupsOnThreeNodes(), "n1", "n1", "n1").dead("n3", false);
        assertThat(BalanceDecision.decide(all.build())).map(BalanceDecision.Transfer::to).contains("n2");
    }
}
