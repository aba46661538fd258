package io.cairndb.membership.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.state.GroupRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlacementDecisionTest {
    private static final MembershipSettings SETTINGS = MembershipSettings.defaults();

    @Test
    void waitsForEnoughLiveNodes() {
        ClusterView two = new ViewBuilder().node("n1", "a").node("n2", "b").build();
        assertThat(PlacementDecision.decide(two, SETTINGS)).isEmpty();
        ClusterView oneDead = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c").dead("n3", false).build();
        assertThat(PlacementDecision.decide(oneDead, SETTINGS)).isEmpty();
    }

    @Test
    void waitsUntilNodesStartedTogetherHaveJoined() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c").justJoined().build();
        assertThat(PlacementDecision.decide(view, SETTINGS)).isEmpty();
    }

    @Test
    void threeNodesInThreeAzsHostEveryGroup() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c").build();
        List<GroupRecord> groups = PlacementDecision.decide(view, SETTINGS);
        assertThat(groups).extracting(GroupRecord::name).containsExactly("g1", "g2", "g3");
        assertThat(groups.get(0).groupId()).isEqualTo(MembershipGroup.dataGroupId("g1").getUuid().toString());
        for (GroupRecord group : groups) {
            assertThat(group.replicas()).containsExactlyInAnyOrder("n1", "n2", "n3");
        }
    }

    @Test
    void distinctAzsFirstThenLeastLoaded() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "b").node("n3", "c").node("n4", "a").build();
        List<GroupRecord> groups = PlacementDecision.decide(view, SETTINGS);
        Map<String, String> az = Map.of("n1", "a", "n2", "b", "n3", "c", "n4", "a");
        for (GroupRecord group : groups) {
            assertThat(group.replicas().stream().map(az::get).distinct()).hasSize(3);
        }
        Map<String, Long> load = groups.stream().flatMap(g -> g.replicas().stream())
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        assertThat(load).containsEntry("n2", 3L).containsEntry("n3", 3L);
        assertThat(load.get("n1") + load.get("n4")).isEqualTo(3);
        assertThat(Math.abs(load.get("n1") - load.get("n4"))).isEqualTo(1);
    }

    @Test
    void sixNodesSpreadEvenly() {
        ViewBuilder builder = new ViewBuilder();
        for (int i = 1; i <= 6; i++) {
            builder.node("n" + i, "az" + (i % 3));
        }
        List<GroupRecord> groups = PlacementDecision.decide(builder.build(), SETTINGS);
        Map<String, Integer> load = new HashMap<>();
        groups.forEach(g -> g.replicas().forEach(n -> load.merge(n, 1, Integer::sum)));
        assertThat(load.values()).allMatch(l -> l <= 2);
        for (GroupRecord group : groups) {
            assertThat(group.replicas().stream().map(n -> Integer.parseInt(n.substring(1)) % 3).distinct()).hasSize(3);
        }
    }

    @Test
    void oneAzStillGetsDistinctNodesAndExistingGroupsAreKept() {
        ClusterView view = new ViewBuilder().node("n1", "a").node("n2", "a").node("n3", "a").group("g1", "n1", "n2", "n3").build();
        List<GroupRecord> groups = PlacementDecision.decide(view, SETTINGS);
        assertThat(groups).extracting(GroupRecord::name).containsExactly("g2", "g3");
        assertThat(groups.get(0).replicas()).doesNotHaveDuplicates().hasSize(3);
    }
}
