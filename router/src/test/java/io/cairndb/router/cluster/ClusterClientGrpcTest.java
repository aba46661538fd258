package io.cairndb.router.cluster;

import static io.cairndb.router.cluster.ClusterFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.InternalServerError;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.node.storage.LocalStorage;
import io.cairndb.router.cluster.fake.CallLog;
import io.cairndb.router.cluster.fake.FakeCluster;
import io.cairndb.router.cluster.fake.FakeGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster client against real gRPC servers on 127.0.0.1 over real RocksDB storage (a
 * {@link FakeCluster}: the DataPlane and Membership contracts without Raft), checking routing,
 * redirects, retries, the map watch and pages assembled across partitions.
 */
class ClusterClientGrpcTest {
    private static final int ITEMS = 150;

    @TempDir
    Path dir;
    private FakeCluster cluster;
    private ClusterClient client;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void start() {
        cluster = FakeCluster.start(dir.resolve("cluster"), 3, 3);
        client = connect("az2", ClusterClientSettings.DEFAULT_REQUEST_DEADLINE);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        cluster.close();
    }

    private ClusterClient connect(String az, Duration deadline) {
        ClusterClient connected = ClusterClient.connect(ClusterClientSettings.fromSeeds(cluster.seeds(), "local", az)
                .withRequestDeadline(deadline).withBackoff(Duration.ofMillis(5), Duration.ofMillis(100))
                .withConnectTimeout(Duration.ofSeconds(10)));
        toClose.add(connected);
        return connected;
    }

    private TableDefinition createTable(String name) {
        TableDefinition table = ClusterFixtures.table(name);
        client.catalog().create(table);
        return table;
    }

    private List<Item> load(TableDefinition table, int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Item item = item("user" + (i % 40), i, "n", AttributeValue.n(i));
            client.dataPlane().write(table, WriteSpec.put(table.keySchema().keyOf(item), item));
            items.add(item);
        }
        return items;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    private List<CallLog.Call> calls(String rpc) {
        return cluster.log().calls().stream().filter(c -> c.rpc().equals(rpc)).toList();
    }

    @Test
    void theCatalogGoesThroughTheMembershipLeaderAndReadsItsOwnChanges() {
        TableDefinition table = createTable("orders");
        // visible at once: the map in the reply was installed, no need to wait for the watch
        assertThat(client.catalog().get("orders")).isEqualTo(table);
        assertThat(client.catalog().list()).containsExactly(table);
        assertThatThrownBy(() -> client.catalog().create(ClusterFixtures.table("orders")))
                .isInstanceOf(ResourceInUseException.class);

        TableDefinition tagged = table.withTags(Map.of("team", "storage"));
        client.catalog().update(tagged);
        assertThat(client.catalog().get("orders").tags()).containsEntry("team", "storage");

        assertThat(client.catalog().delete("orders")).isTrue();
        assertThat(client.catalog().get("orders")).isNull();
        assertThat(client.catalog().delete("orders")).isFalse();
        assertThat(client.currentMap().version()).isEqualTo(cluster.version());
    }

    @Test
    void aTableAnotherRouterJustCreatedIsFoundBeforeTheWatchDeliversIt() {
        ClusterClient other = connect("az1", ClusterClientSettings.DEFAULT_REQUEST_DEADLINE);
        cluster.holdWatchUpdates(true);
        TableDefinition table = ClusterFixtures.table("fresh");
        other.catalog().create(table);
        assertThat(client.currentMap().table("fresh")).isNull(); // the watch has not told this router
        assertThat(client.catalog().get("fresh")).isEqualTo(table);
        Item item = item("a", 1);
        client.dataPlane().write(table, WriteSpec.put(item, item));
        assertThat(other.dataPlane().get(table, item, true)).isEqualTo(item);
    }

    @Test
    void lookupsOfAMissingTableFetchTheMapAtMostEveryFiftyMilliseconds() {
        int before = cluster.mapFetches();
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            assertThat(client.catalog().get("missing")).isNull();
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(cluster.mapFetches() - before).isPositive()
                // one per interval, plus the first and a periodic poll that may fall in the window
                .isLessThanOrEqualTo((int) (elapsedMillis / MapRefresher.MIN_INTERVAL.toMillis()) + 2);
    }

    @Test
    void writesGoToGroupLeadersAndReadsToTheRightReplica() {
        TableDefinition table = createTable("t");
        List<Item> items = load(table, ITEMS);
        for (Item item : items) {
            Item key = table.keySchema().keyOf(item);
            assertThat(client.dataPlane().get(table, key, true)).isEqualTo(item);
            assertThat(client.dataPlane().get(table, key, false)).isEqualTo(item);
        }
        // every group holds part of the table
        for (FakeGroup group : cluster.groups()) {
            assertThat(group.appliedWrites()).as(group.name()).isBetween(1, ITEMS - 2);
        }
        assertThat(cluster.groups().stream().mapToInt(FakeGroup::appliedWrites).sum()).isEqualTo(ITEMS);
        for (CallLog.Call call : calls("Write")) {
            assertThat(call.outcome()).isEqualTo("OK");
            assertThat(call.node()).isEqualTo(leaderOf(call.groupId()));
        }
        for (CallLog.Call call : calls("Get")) {
            assertThat(call.outcome()).isEqualTo("OK");
            if (call.consistency().equals("LINEARIZABLE")) {
                assertThat(call.node()).isEqualTo(leaderOf(call.groupId()));
            } else {
                assertThat(call.node()).as("eventual read in the router's AZ").isEqualTo("n2");
            }
        }
        assertThat(calls("Get")).hasSize(2 * ITEMS);
        assertThat(client.dataPlane().get(table, table.keySchema().keyOf(item("nobody", 1)), true)).isNull();
    }

    private String leaderOf(String groupId) {
        return cluster.groups().stream().filter(g -> g.id().equals(groupId)).findFirst().orElseThrow().leader();
    }

    @Test
    void aNotLeaderRedirectIsFollowedAndRemembered() {
        TableDefinition table = createTable("t");
        cluster.moveLeader("g1", "n3", false); // the map still says n1
        load(table, 60);
        List<CallLog.Call> g1Writes = calls("Write").stream()
                .filter(c -> c.groupId().equals(cluster.group("g1").id())).toList();
        assertThat(g1Writes.get(0)).extracting(CallLog.Call::node, CallLog.Call::outcome)
                .containsExactly("n1", "NOT_LEADER");
        assertThat(g1Writes.get(1)).extracting(CallLog.Call::node, CallLog.Call::outcome).containsExactly("n3", "OK");
        // later writes to g1 go straight to the new leader
        assertThat(g1Writes.subList(2, g1Writes.size())).isNotEmpty()
                .allSatisfy(c -> assertThat(c.node()).isEqualTo("n3"));
    }

    @Test
    void aNotLeaderAnswerWithoutALeaderRefreshesTheMapAndTriesAnotherReplica() {
        TableDefinition table = createTable("t");
        cluster.redirectWithAddress(false);
        cluster.moveLeader("g2", "n3", false);
        load(table, 30);
        List<CallLog.Call> g2Writes = calls("Write").stream()
                .filter(c -> c.groupId().equals(cluster.group("g2").id())).toList();
        assertThat(g2Writes).anySatisfy(c -> assertThat(c.outcome()).isEqualTo("NOT_LEADER"));
        assertThat(g2Writes.get(g2Writes.size() - 1)).extracting(CallLog.Call::node, CallLog.Call::outcome)
                .containsExactly("n3", "OK");
        assertThat(cluster.groups().stream().mapToInt(FakeGroup::appliedWrites).sum()).isEqualTo(30);
    }

    @Test
    void aWriteWhoseReplyWasLostIsRetriedWithTheSameRequestIdAndAppliesOnce() {
        TableDefinition table = createTable("t");
        Item key = table.keySchema().keyOf(item("counter", 1));
        WriteSpec increment = WriteSpec.update(key, "ADD c :one", null, Map.of(":one", AttributeValue.n(1)));
        client.dataPlane().write(table, increment);
        cluster.loseWriteReplies(2);
        client.dataPlane().write(table, increment);
        assertThat(client.dataPlane().get(table, key, true).get("c")).isEqualTo(AttributeValue.n(2));
        assertThat(cluster.groups().stream().mapToInt(FakeGroup::appliedWrites).sum()).isEqualTo(2);
        assertThat(calls("Write")).hasSize(4); // 1 + (2 lost replies + 1 answered)
    }

    @Test
    void aFailedConditionIsTheTypedErrorWithTheStoredItem() {
        TableDefinition table = createTable("t");
        Item stored = item("a", 1, "v", AttributeValue.s("x"));
        client.dataPlane().write(table, WriteSpec.put(table.keySchema().keyOf(stored), stored));
        WriteSpec conditional = WriteSpec.putBuilder(table.keySchema().keyOf(stored), item("a", 1))
                .conditionExpression("attribute_not_exists(pk)").returnItemOnConditionFailure(true).build();
        assertThatThrownBy(() -> client.dataPlane().write(table, conditional))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).contains(stored));
    }

    @Test
    void transientUnavailabilityIsRetriedAndALastingOneEndsInARetryableInternalServerError() {
        TableDefinition table = createTable("t");
        cluster.makeUnavailable("n1", 3);
        cluster.makeUnavailable("n2", 3);
        cluster.makeUnavailable("n3", 3);
        load(table, 10);
        assertThat(cluster.groups().stream().mapToInt(FakeGroup::appliedWrites).sum()).isEqualTo(10);

        ClusterClient impatient = connect("az1", Duration.ofMillis(800));
        cluster.makeUnavailable("n1", -1);
        cluster.makeUnavailable("n2", -1);
        cluster.makeUnavailable("n3", -1);
        Item item = item("late", 1);
        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.dataPlane().write(table, WriteSpec.put(item, item)))
                .isInstanceOfSatisfying(InternalServerError.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(500);
                    // The last attempt is refused (UNAVAILABLE) or, on a loaded machine, cut by the deadline.
                    assertThat(e.getMessage()).containsAnyOf("UNAVAILABLE", "DEADLINE_EXCEEDED");
                });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isBetween(Duration.ofMillis(800), Duration.ofMillis(2_000));
    }

    @Test
    void aRestartedNodeIsReachedAgainAsSoonAsItIsBack() throws Exception {
        TableDefinition table = createTable("t");
        Item inG1 = itemInGroup(table, "g1"); // g1 is led by n1
        ClusterClient impatient = connect("az1", Duration.ofMillis(1_500));
        cluster.node("n1").close();
        // Down for several of gRPC's reconnect backoffs (1 s, 1.6 s, ...: calls fail at once meanwhile).
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> impatient.dataPlane().write(table, WriteSpec.put(inG1, inG1)))
                    .isInstanceOf(InternalServerError.class);
        }
        cluster.node("n1").restart();
        long started = System.nanoTime();
        impatient.dataPlane().write(table, WriteSpec.put(inG1, inG1));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
        assertThat(client.dataPlane().get(table, inG1, true)).isEqualTo(inG1);
    }

    private Item itemInGroup(TableDefinition table, String groupName) {
        String groupId = cluster.group(groupName).id();
        TableRoute route = client.currentMap().route(table.name());
        for (int i = 0; ; i++) {
            Item item = item("k" + i, 1);
            if (route.partitions().partitionOf(KeyHashes.hashOf(table.keySchema(), item)).groupId().equals(groupId)) {
                return item;
            }
        }
    }

    @Test
    void anEventualReadAfterAWriteGoesToTheLeaderWhenTheNearestReplicaHasNotAppliedIt() {
        TableDefinition table = createTable("t");
        List<Item> items = load(table, 30);
        ClusterClient reader = connect("az2", ClusterClientSettings.DEFAULT_REQUEST_DEADLINE); // wrote nothing
        cluster.log().clear();
        cluster.lag("n2", true); // the router's own AZ has applied none of its writes
        for (Item item : items) {
            assertThat(client.dataPlane().get(table, table.keySchema().keyOf(item), false)).isEqualTo(item);
        }
        assertThat(client.dataPlane().read(table,
                new ReadRequest(null, null, 0, null, null, false, true, false, 0, 1)).items())
                .containsExactlyInAnyOrderElementsOf(items);
        for (String rpc : List.of("Get", "ReadPage")) {
            for (CallLog.Call call : calls(rpc)) {
                String leader = leaderOf(call.groupId());
                assertThat(call.minAppliedIndex()).as("the router's last write to the group")
                        .isEqualTo(cluster.groups().stream().filter(g -> g.id().equals(call.groupId()))
                                .findFirst().orElseThrow().appliedWrites());
                if (call.node().equals("n2") && !leader.equals("n2")) {
                    assertThat(call.outcome()).isEqualTo("BEHIND");
                } else {
                    assertThat(call.outcome()).isEqualTo("OK");
                    assertThat(call.node()).as("n2, or the leader after BEHIND").isIn("n2", leader);
                }
            }
        }
        assertThat(calls("Get")).filteredOn(c -> c.outcome().equals("OK")).hasSize(items.size());
        assertThat(calls("Get")).filteredOn(c -> c.outcome().equals("BEHIND")).isNotEmpty();

        // Another router's eventual reads ask for nothing: the lagging nearest replica serves them.
        cluster.log().clear();
        for (Item item : items) {
            reader.dataPlane().get(table, table.keySchema().keyOf(item), false);
        }
        assertThat(calls("Get")).hasSize(items.size())
                .allSatisfy(c -> assertThat(c.node()).isEqualTo("n2"))
                .allSatisfy(c -> assertThat(c.minAppliedIndex()).isZero());

        // Once the replica caught up, the writer's reads stay in its AZ again.
        cluster.lag("n2", false);
        cluster.log().clear();
        for (Item item : items) {
            assertThat(client.dataPlane().get(table, table.keySchema().keyOf(item), false)).isEqualTo(item);
        }
        assertThat(calls("Get")).hasSize(items.size()).allSatisfy(c -> {
            assertThat(c.node()).isEqualTo("n2");
            assertThat(c.outcome()).isEqualTo("OK");
        });
    }

    @Test
    void anEventualReadMovesToAnotherReplicaWhenTheNearestIsDown() {
        TableDefinition table = createTable("t");
        List<Item> items = load(table, 20);
        cluster.log().clear();
        cluster.makeUnavailable("n2", -1); // the router's own AZ
        for (Item item : items) {
            assertThat(client.dataPlane().get(table, table.keySchema().keyOf(item), false)).isEqualTo(item);
        }
        assertThat(calls("Get")).filteredOn(c -> c.outcome().equals("OK"))
                .hasSize(20).allSatisfy(c -> assertThat(c.node()).isNotEqualTo("n2"));
    }

    @Test
    void scanPagesAcrossPartitionsEqualSingleNodePagesAndReturnEveryItemOnce() {
        TableDefinition table = createTable("t");
        List<Item> items = load(table, ITEMS);
        try (LocalStorage single = LocalStorage.open(dir.resolve("single"))) {
            for (Item item : items) {
                single.dataPlane().write(table, WriteSpec.put(table.keySchema().keyOf(item), item));
            }
            for (int totalSegments : new int[] {1, 4}) {
                Set<Item> seen = new HashSet<>();
                int returned = 0;
                for (int segment = 0; segment < totalSegments; segment++) {
                    Item startKey = null;
                    do {
                        ReadRequest request = new ReadRequest(null, startKey, 7, null, null, false, true, false,
                                segment, totalSegments);
                        Page clusterPage = client.dataPlane().read(table, request);
                        assertThat(clusterPage).isEqualTo(single.dataPlane().read(table, request));
                        seen.addAll(clusterPage.items());
                        returned += clusterPage.items().size();
                        startKey = clusterPage.lastEvaluatedKey();
                    } while (startKey != null);
                }
                assertThat(returned).as("%d segments", totalSegments).isEqualTo(ITEMS);
                assertThat(seen).containsExactlyInAnyOrderElementsOf(items);
            }
            // a page of the whole table in one go spans all three groups
            Page all = client.dataPlane().read(table, new ReadRequest(null, null, 0, null, null, false, true, true, 0, 1));
            assertThat(all.count()).isEqualTo(ITEMS);
            assertThat(all.lastEvaluatedKey()).isNull();
            assertThat(calls("ReadPage").stream().map(CallLog.Call::groupId).distinct()).hasSize(3);

            KeyCondition user7 = new KeyCondition("pk", AttributeValue.s("user7"), "sk",
                    new SortKeyCondition(SortKeyCondition.Operator.GT, AttributeValue.n(50), null));
            for (boolean forward : new boolean[] {true, false}) {
                ReadRequest query = new ReadRequest(user7, null, 2, null, null, false, forward, false, 0, 1);
                Page page = client.dataPlane().read(table, query);
                assertThat(page).isEqualTo(single.dataPlane().read(table, query));
                assertThat(page.items()).hasSize(2);
            }
        }
    }

    @Test
    void statsSumTheGroupsAndDropTableEmptiesEveryGroup() {
        TableDefinition table = createTable("t");
        load(table, 45);
        TableStats stats = client.dataPlane().stats(table);
        assertThat(stats.itemCount()).isEqualTo(45);
        assertThat(stats.sizeBytes()).isPositive();
        assertThat(client.catalog().delete("t")).isTrue();
        client.dataPlane().dropTable(table);
        assertThat(calls("DropTable").stream().map(CallLog.Call::groupId).distinct()).hasSize(3);
        for (FakeGroup group : cluster.groups()) {
            assertThat(group.storage().dataPlane().stats(table).itemCount()).isZero();
        }
        assertThatThrownBy(() -> client.dataPlane().get(table, table.keySchema().keyOf(item("a", 1)), false))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theWatchFollowsTheMembershipLeaderAndDeliversOtherRoutersChanges() throws InterruptedException {
        ClusterClient other = connect("az1", ClusterClientSettings.DEFAULT_REQUEST_DEADLINE);
        other.catalog().create(ClusterFixtures.table("first"));
        await("the first table through the watch", () -> client.catalog().get("first") != null);

        cluster.moveMembershipLeader("n2");
        other.catalog().create(ClusterFixtures.table("second"));
        await("the second table after the leader moved", () -> client.catalog().get("second") != null);
        await("the newest map", () -> client.currentMap().version() == cluster.version());
        assertThat(client.currentMap().proto().getMembershipLeaderId()).isEqualTo("n2");
    }
}
