package io.cairndb.router.cluster;

import static io.cairndb.router.cluster.ClusterFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.node.LocalCluster;
import io.cairndb.proto.GroupInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster client against a real 3-node {@link LocalCluster}: Ratis groups over gRPC on
 * loopback, RocksDB per group, the real membership service. Routing, strong and eventual reads,
 * a Scan across the groups, and writes that carry on after the leader of a group stops.
 */
class LocalClusterRoutingTest {
    private static final int ITEMS = 90;

    @TempDir
    Path dir;

    @Test
    void routesAndFailsOverOnARealThreeNodeCluster() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(dir, 3, MembershipSettings.defaults())) {
            cluster.awaitReady(Duration.ofSeconds(120));
            try (ClusterClient client = ClusterClient.connect(ClusterClientSettings.of(
                    cluster.seeds().grpcAddresses(), "local", "az2"))) {
                TableDefinition table = ClusterFixtures.table("orders");
                client.catalog().create(table);
                assertThat(client.catalog().get("orders")).isEqualTo(table);
                assertThat(client.currentMap().proto().getTables(0).getPartitionsList()
                        .stream().map(p -> p.getGroupId()).distinct()).hasSize(3);

                List<Item> items = new ArrayList<>();
                for (int i = 0; i < ITEMS; i++) {
                    Item item = item("user" + (i % 30), i, "n", AttributeValue.n(i));
                    client.dataPlane().write(table, WriteSpec.put(table.keySchema().keyOf(item), item));
                    items.add(item);
                }
                for (Item item : items) {
                    assertThat(client.dataPlane().get(table, table.keySchema().keyOf(item), true)).isEqualTo(item);
                }
                awaitEventuallyVisible(client, table, items);
                assertThat(scanAll(client, table, 7)).containsExactlyInAnyOrderElementsOf(items);
                Page user7 = client.dataPlane().read(table, new ReadRequest(
                        new KeyCondition("pk", AttributeValue.s("user7"), null, null), null, 0, null, null, false,
                        true, true, 0, 1));
                assertThat(user7.items()).extracting(i -> i.get("sk"))
                        .containsExactly(AttributeValue.n(7), AttributeValue.n(37), AttributeValue.n(67));

                Item counter = table.keySchema().keyOf(item("counter", 0));
                for (int i = 0; i < 5; i++) {
                    client.dataPlane().write(table, WriteSpec.update(counter, "ADD c :one", null,
                            Map.of(":one", AttributeValue.n(1))));
                }
                assertThat(client.dataPlane().get(table, counter, true).get("c")).isEqualTo(AttributeValue.n(5));
                assertThat(client.dataPlane().stats(table).itemCount()).isEqualTo(ITEMS + 1);

                JsonNode status = new ObjectMapper().readTree(client.statusJson());
                assertThat(status.get("nodes")).hasSize(3);
                assertThat(status.get("groups")).hasSize(3);
                assertThat(status.at("/tables/0/partitions")).hasSize(3);

                // Stop the leader of the first partition's group: its writes move to the new leader.
                String groupId = client.currentMap().proto().getTables(0).getPartitions(0).getGroupId();
                GroupInfo group = client.currentMap().group(groupId);
                cluster.node(group.getLeaderId()).close();
                List<Item> later = new ArrayList<>();
                long started = System.nanoTime();
                long slowestNanos = 0;
                for (int i = 0; i < 30; i++) {
                    Item item = item("after" + i, i);
                    long before = System.nanoTime();
                    client.dataPlane().write(table, WriteSpec.put(table.keySchema().keyOf(item), item));
                    slowestNanos = Math.max(slowestNanos, System.nanoTime() - before);
                    later.add(item);
                }
                Duration failover = Duration.ofNanos(System.nanoTime() - started);
                for (Item item : later) {
                    assertThat(client.dataPlane().get(table, table.keySchema().keyOf(item), true)).isEqualTo(item);
                }
                // Every write succeeded within the request deadline; the slowest one waited for the election.
                assertThat(Duration.ofNanos(slowestNanos)).isLessThan(ClusterClientSettings.DEFAULT_REQUEST_DEADLINE);
                System.out.println("event=failover_writes node_stopped=" + group.getLeaderId() + " writes=30 millis="
                        + failover.toMillis() + " slowestWriteMillis=" + slowestNanos / 1_000_000);
            }
        }
    }

    private static void awaitEventuallyVisible(ClusterClient client, TableDefinition table, List<Item> items)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (Item item : items) {
            while (!item.equals(client.dataPlane().get(table, table.keySchema().keyOf(item), false))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("an eventual read never saw " + item);
                }
                Thread.sleep(5);
            }
        }
    }

    private static List<Item> scanAll(ClusterClient client, TableDefinition table, int limit) {
        List<Item> all = new ArrayList<>();
        Set<Item> distinct = new HashSet<>();
        Item start = null;
        do {
            Page page = client.dataPlane().read(table, new ReadRequest(null, start, limit, null, null, false, true,
                    true, 0, 1));
            all.addAll(page.items());
            distinct.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(distinct).hasSameSizeAs(all);
        return all;
    }
}
