package io.cairndb.clustertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.launcher.status.ClusterStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Four nodes, two of them in az1, repair after 5 s: kill an az1 node for good; membership
 * re-creates its replicas on the other az1 node (same AZ first), every group is back to three
 * replicas in three AZs, and the data is intact, also on the new replicas.
 */
class RepairTest {
    private static final String TABLE = "Repaired";
    private static final int ITEMS = 200;

    /** Overridable only to show the test fails when repair does not happen in time. */
    private static final String REPAIR_AFTER = System.getProperty("cairn.test.repairAfter", "5s");

    private static ProcessCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = ProcessCluster.builder(TestDirs.fresh("repair")).nodes(4).repairAfter(REPAIR_AFTER).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aDeadNodesReplicasMoveToTheOtherNodeOfItsAz() {
        DynamoDbClient client = cluster.client();
        Tables.createKeyedById(client, TABLE);
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < ITEMS; i++) {
            String id = "item" + i;
            String value = "value" + i;
            client.putItem(b -> b.tableName(TABLE).item(Map.of(Tables.KEY, AttributeValue.fromS(id),
                    "v", AttributeValue.fromS(value))));
            expected.put(id, value);
        }

        ClusterStatus before = cluster.status();
        List<String> az1 = before.nodes().stream().filter(n -> n.az().equals("az1")).map(ClusterStatus.Node::id).toList();
        assertThat(az1).as("az1 nodes").hasSize(2);
        // The az1 node that hosts the most replicas dies; the other one must take them over.
        String victim = az1.stream().max(Comparator.comparingLong(n -> groupsOf(before, n).size())).orElseThrow();
        String heir = az1.stream().filter(n -> !n.equals(victim)).findFirst().orElseThrow();
        Set<String> victimsGroups = groupsOf(before, victim);
        assertThat(victimsGroups).as("groups with a replica on %s", victim).isNotEmpty();

        long killedAt = System.nanoTime();
        cluster.kill(victim);
        ClusterStatus repaired = cluster.awaitStatus("every group on 3 live nodes in 3 AZs without " + victim,
                Duration.ofSeconds(120), status -> fullyReplicatedWithout(status, victim));
        System.out.printf("Repair: killed %s (replicas of %s); repaired onto %s in %d ms (repair-after %s)%n%s",
                victim, victimsGroups, heir, (System.nanoTime() - killedAt) / 1_000_000, REPAIR_AFTER,
                io.cairndb.launcher.status.StatusReport.render(repaired));

        for (String group : victimsGroups) {
            assertThat(repaired.group(group).orElseThrow().replicas()).extracting(ClusterStatus.Replica::nodeId)
                    .as("replicas of %s", group).contains(heir).doesNotContain(victim);
        }
        assertThat(repaired.node(victim).orElseThrow().state()).isEqualTo("DEAD");

        List<String> wrong = new ArrayList<>();
        expected.forEach((id, value) -> {
            var item = Tables.strongGet(client, TABLE, id);
            if (item.isEmpty() || !value.equals(item.get().get("v").s())) {
                wrong.add(id + " -> " + item);
            }
        });
        assertThat(wrong).as("items after the repair").isEmpty();
        // The router is in az1, so eventually consistent reads go to az1's replica: the heir,
        // which got the data by snapshot install and log replay.
        Deadline.awaitTrue("every item readable eventually-consistently (served by " + heir + ")",
                Duration.ofSeconds(60), () -> expected.entrySet().stream().allMatch(e -> Tables.eventualGet(client, TABLE,
                        e.getKey()).map(item -> item.get("v").s().equals(e.getValue())).orElse(false)));
    }

    private static Set<String> groupsOf(ClusterStatus status, String node) {
        return status.groups().stream()
                .filter(g -> g.replicas().stream().anyMatch(r -> r.nodeId().equals(node)))
                .map(ClusterStatus.Group::id).collect(Collectors.toSet());
    }

    private static boolean fullyReplicatedWithout(ClusterStatus status, String dead) {
        return !status.groups().isEmpty() && status.groups().stream().allMatch(g -> {
            Set<String> nodes = g.replicas().stream().map(ClusterStatus.Replica::nodeId).collect(Collectors.toSet());
            Set<String> azs = nodes.stream().map(status::azOf).collect(Collectors.toSet());
            return nodes.size() == 3 && azs.size() == 3 && !nodes.contains(dead) && g.hasLeader();
        });
    }
}
