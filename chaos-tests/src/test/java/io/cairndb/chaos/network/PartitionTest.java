package io.cairndb.chaos.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionTest {
    private static List<String> nodes(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "n" + i).toList();
    }

    /** The nodes {@code node} can still reach, itself included. */
    private static Set<String> view(Partition partition, String node, List<String> nodes) {
        return nodes.stream().filter(other -> !partition.separates(node, other)).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 7})
    void halvesCutEveryLinkBetweenASmallerAndALargerSide(int n) {
        List<String> nodes = nodes(n);
        Partition partition = Partition.halves(nodes, new Random(n));
        Set<Set<String>> components = nodes.stream().map(node -> view(partition, node, nodes)).collect(Collectors.toSet());

        assertThat(components).hasSize(2);
        assertThat(components).extracting(Set::size).containsExactlyInAnyOrder(n / 2, n - n / 2);
        assertThat(partition.cuts()).hasSize((n / 2) * (n - n / 2));
    }

    @Test
    void anIsolatedNodeReachesNoOneAndTheOthersStillReachEachOther() {
        List<String> nodes = nodes(4);
        Partition partition = Partition.isolated("n2", "n2 (leader of g1)", nodes);

        assertThat(view(partition, "n2", nodes)).containsExactly("n2");
        assertThat(view(partition, "n1", nodes)).containsExactlyInAnyOrder("n1", "n3", "n4");
        assertThat(partition.description()).contains("leader of g1");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7, 9})
    void inAMajoritiesRingEveryNodeSeesAMajorityButNotAllTheSameOne(int n) {
        List<String> nodes = nodes(n);
        Partition partition = Partition.ring(nodes, new Random(n));
        Set<Set<String>> views = new HashSet<>();
        for (String node : nodes) {
            Set<String> view = view(partition, node, nodes);
            assertThat(view).as("what %s sees", node).hasSizeGreaterThanOrEqualTo(n / 2 + 1).hasSizeLessThan(n);
            views.add(view);
        }
        assertThat(views).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void withFewNodesTheRingIsABridgeThatSeesBothSides(int n) {
        List<String> nodes = nodes(n);
        Partition partition = Partition.ring(nodes, new Random(n));
        List<String> bridges = nodes.stream().filter(node -> view(partition, node, nodes).size() == n).toList();

        assertThat(partition.cuts()).isNotEmpty();
        assertThat(bridges).hasSize(1);
        assertThat(partition.description()).startsWith("bridge");
    }

    @Test
    void aLinkIsUnordered() {
        assertThat(new Partition.Link("n3", "n1")).isEqualTo(new Partition.Link("n1", "n3"));
    }
}
