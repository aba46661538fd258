package io.cairndb.chaos.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.launcher.status.ClusterStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static final ClusterStatus STATUS = new Statuses("n1")
            .group("g1", "n2", List.of("n1", "n2", "n3"))
            .group("g2", "", List.of("n1", "n2", "n3"))
            .group("g3", "n4", List.of("n2", "n3", "n4"))
            .build();

    @Test
    void everyRunningLeaderWithItsRole() {
        assertThat(Targets.leaders(STATUS, Set.of("n1", "n2", "n3", "n4")::contains))
                .extracting(Targets.Target::describe)
                .containsExactly("n1 (membership leader)", "n2 (leader of g1)", "n4 (leader of g3)");
    }

    @Test
    void leadersOnStoppedNodesAreLeftOut() {
        assertThat(Targets.leaders(STATUS, Set.of("n2", "n3")::contains)).extracting(Targets.Target::node)
                .containsExactly("n2");
    }

    @Test
    void aNodePickedAtRandomHasNoRole() {
        assertThat(Targets.Target.node("n3").describe()).isEqualTo("n3");
    }
}
