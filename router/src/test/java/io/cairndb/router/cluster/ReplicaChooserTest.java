package io.cairndb.router.cluster;

import static io.cairndb.router.cluster.ClusterFixtures.group;
import static io.cairndb.router.cluster.ClusterFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeState;
import org.junit.jupiter.api.Test;

class ReplicaChooserTest {

    private static ClusterMap map(NodeState n3State, GroupInfo group) {
        return ClusterMap.of(io.cairndb.proto.ClusterMap.newBuilder().setVersion(1)
                .addNodes(node("n1", "az1", "127.0.0.2:7002", NodeState.ALIVE))
                .addNodes(node("n2", "az2", "127.0.0.3:7002", NodeState.ALIVE))
                .addNodes(node("n3", "az3", "127.0.0.4:7002", n3State))
                .addNodes(node("n4", "az1", "127.0.0.5:7002", NodeState.ALIVE))
                .addGroups(group).build());
    }

    @Test
    void writesAndConsistentReadsGoToTheLeaderFirst() {
        GroupInfo g = group("g", "g1", "n2", "n1", "n2", "n3");
        assertThat(ReplicaChooser.leaderFirst(map(NodeState.ALIVE, g), g))
                .containsExactly("127.0.0.3:7002", "127.0.0.2:7002", "127.0.0.4:7002");
    }

    @Test
    void withoutAKnownLeaderEveryReplicaIsACandidateForARedirect() {
        GroupInfo g = group("g", "g1", "", "n1", "n2", "n3");
        assertThat(ReplicaChooser.leaderFirst(map(NodeState.ALIVE, g), g))
                .containsExactly("127.0.0.2:7002", "127.0.0.3:7002", "127.0.0.4:7002");
    }

    @Test
    void eventualReadsPreferAReplicaInTheRoutersAz() {
        GroupInfo g = group("g", "g1", "n2", "n1", "n2", "n3");
        assertThat(ReplicaChooser.nearestFirst(map(NodeState.ALIVE, g), g, "az3").get(0)).isEqualTo("127.0.0.4:7002");
        assertThat(ReplicaChooser.nearestFirst(map(NodeState.ALIVE, g), g, "az1"))
                .containsExactly("127.0.0.2:7002", "127.0.0.3:7002", "127.0.0.4:7002");
    }

    @Test
    void eventualReadsGoToTheLeaderWhenNoReplicaIsInTheRoutersAz() {
        GroupInfo g = group("g", "g1", "n3", "n1", "n2", "n3");
        assertThat(ReplicaChooser.nearestFirst(map(NodeState.ALIVE, g), g, "az9"))
                .containsExactly("127.0.0.4:7002", "127.0.0.2:7002", "127.0.0.3:7002");
    }

    @Test
    void aDeadReplicaInTheRoutersAzIsTriedLast() {
        GroupInfo g = group("g", "g1", "n1", "n1", "n2", "n3");
        assertThat(ReplicaChooser.nearestFirst(map(NodeState.DEAD, g), g, "az3"))
                .containsExactly("127.0.0.2:7002", "127.0.0.3:7002", "127.0.0.4:7002");
    }

    @Test
    void onlyMembersOfTheGroupAreChosen() {
        // n4 is in az1 but not a replica of the group
        GroupInfo g = group("g", "g1", "n2", "n2", "n3");
        assertThat(ReplicaChooser.nearestFirst(map(NodeState.ALIVE, g), g, "az1"))
                .containsExactly("127.0.0.3:7002", "127.0.0.4:7002");
    }
}
