package io.cairndb.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.DropTableReply;
import io.cairndb.proto.DropTableRequest;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.StatsReply;
import io.cairndb.proto.StatsRequest;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.ReadPageRequest;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.cairndb.replication.store.EntrySlot;
import io.cairndb.replication.store.LogPosition;
import io.cairndb.replication.wire.TableRefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three Ratis servers in this JVM over real gRPC on 127.0.0.1, each with a RocksDB group store on disk. */
class ReplicatedGroupTest {
    private static final TableDefinition TABLE = TestTables.hashOnly("users");

    @TempDir
    Path dir;

    @Test
    void writesReplicateAndAreReadableOnEveryReplica() {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 1000)) {
            GroupClient client = new GroupClient(cluster);
            cluster.awaitLeader();
            assertOk(client.write(TABLE, WriteSpec.put(key(0), item(0, "warm-up"))).getFailure());
            long lastIndex = -1;
            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                WriteReply reply = client.write(TABLE, WriteSpec.put(key(i), item(i, "v" + i)));
                assertOk(reply.getFailure());
                assertThat(reply.getAppliedIndex()).isGreaterThan(lastIndex);
                assertThat(reply.getSequence()).as("sequence = log index, slot 0")
                        .isEqualTo(reply.getAppliedIndex() * EntrySlot.MAX_WRITES_PER_ENTRY);
                lastIndex = reply.getAppliedIndex();
            }
            System.out.printf("20 sequential acknowledged 3-replica writes: %.1f ms each%n",
                    (System.nanoTime() - started) / 1e6 / 20);
            cluster.awaitApplied(lastIndex);
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < 20; i++) {
                    GetReply got = client.getLocal(r, TABLE, key(i));
                    assertOk(got.getFailure());
                    assertThat(got.getFound()).isTrue();
                    assertThat(ItemCodec.decode(got.getItem().toByteArray())).isEqualTo(item(i, "v" + i));
                }
                assertThat(client.scanLocal(r, TABLE)).hasSize(20);
                StatsReply stats = client.stub(r).stats(statsRequest(cluster));
                assertOk(stats.getFailure());
                assertThat(stats.getItemCount()).isEqualTo(20);
            }

            // A group this node does not host: GROUP_NOT_FOUND, for strong and eventual reads alike.
            GetRequest elsewhere = GetRequest.newBuilder().setGroupId(UUID.randomUUID().toString())
                    .setTable(TableRefs.toRef(TABLE)).setKey(ByteString.copyFrom(ItemCodec.encode(key(0))))
                    .build();
            assertThat(client.stub(0).get(elsewhere).getFailure().getKind()).isEqualTo(Failure.Kind.GROUP_NOT_FOUND);
            assertThat(client.stub(0).get(elsewhere.toBuilder().setConsistency(Consistency.LINEARIZABLE).build())
                    .getFailure().getKind()).isEqualTo(Failure.Kind.GROUP_NOT_FOUND);

            // DropTable goes through the log: every replica drops the items.
            int leader = cluster.awaitLeader();
            DropTableReply dropped = client.stub(leader).dropTable(DropTableRequest.newBuilder()
                    .setGroupId(cluster.groupId).setTable(TableRefs.toRef(TABLE)).build());
            assertOk(dropped.getFailure());
            cluster.awaitApplied(cluster.applied(leader).index());
            for (int r = 0; r < 3; r++) {
                assertThat(client.scanLocal(r, TABLE)).isEmpty();
                assertThat(client.stub(r).stats(statsRequest(cluster)).getItemCount()).isZero();
            }
        }
    }

    /**
     * Read-your-writes: an EVENTUAL read carrying the index its reader wrote at is served by a
     * replica that applied it, and answered BEHIND (naming the leader) by one that has not,
     * without waiting. A replica cannot be held behind deterministically, so the "not yet
     * applied" case asks for an index one past what every replica applied.
     */
    @Test
    void eventualReadsBelowTheirMinimumIndexAnswerBehindWithTheLeader() {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 1000)) {
            GroupClient client = new GroupClient(cluster);
            WriteReply written = client.write(TABLE, WriteSpec.put(key(7), item(7, "mine")));
            assertOk(written.getFailure());
            long index = written.getAppliedIndex();
            assertThat(index).isPositive();
            cluster.awaitApplied(index);
            int leader = cluster.awaitLeader();
            String leaderId = cluster.nodeId(leader);
            for (int r = 0; r < 3; r++) {
                GetReply served = client.stub(r).get(getAt(cluster, Consistency.EVENTUAL, index));
                assertOk(served.getFailure());
                assertThat(served.getFound()).isTrue();

                long beyond = cluster.applied(r).index() + 1;
                Failure behind = client.stub(r).get(getAt(cluster, Consistency.EVENTUAL, beyond)).getFailure();
                assertThat(behind.getKind()).isEqualTo(Failure.Kind.BEHIND);
                assertThat(behind.getLeaderId()).isEqualTo(leaderId);
                assertThat(behind.getLeaderAddress()).isEqualTo(cluster.grpcAddress(leaderId));
                assertThat(behind.getMessage()).contains(Long.toString(beyond));

                ReadPageRequest page = ReadPageRequest.newBuilder().setGroupId(cluster.groupId)
                        .setTable(TableRefs.toRef(TABLE)).setForward(true).setHashLow(0).setHashHigh(-1)
                        .setConsistency(Consistency.EVENTUAL).setMinAppliedIndex(beyond).build();
                assertThat(client.stub(r).readPage(page).getFailure().getKind()).isEqualTo(Failure.Kind.BEHIND);
                assertThat(client.stub(r).readPage(page.toBuilder().setMinAppliedIndex(index).build())
                        .getItemsCount()).isEqualTo(1);
            }
            // LINEARIZABLE reads ignore the minimum: the ReadIndex round already covers every acknowledged write.
            GetReply strong = client.stub(leader).get(getAt(cluster, Consistency.LINEARIZABLE,
                    cluster.applied(leader).index() + 1));
            assertOk(strong.getFailure());
            assertThat(strong.getFound()).isTrue();
        }
    }

    private static GetRequest getAt(RaftGroupCluster cluster, Consistency consistency, long minAppliedIndex) {
        return GetRequest.newBuilder().setGroupId(cluster.groupId).setTable(TableRefs.toRef(TABLE))
                .setKey(ByteString.copyFrom(ItemCodec.encode(key(7)))).setConsistency(consistency)
                .setMinAppliedIndex(minAppliedIndex).build();
    }

    private static StatsRequest statsRequest(RaftGroupCluster cluster) {
        return StatsRequest.newBuilder().setGroupId(cluster.groupId).setTable(TableRefs.toRef(TABLE)).build();
    }

    @Test
    void conditionalWritesHaveTheSameOutcomeOnEveryReplica() {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 1000)) {
            GroupClient client = new GroupClient(cluster);
            WriteSpec create = WriteSpec.putBuilder(key(1), item(1, "first"))
                    .conditionExpression("attribute_not_exists(id)").returnItemOnConditionFailure(true).build();
            assertOk(client.write(TABLE, create).getFailure());

            WriteSpec again = WriteSpec.putBuilder(key(1), item(1, "second"))
                    .conditionExpression("attribute_not_exists(id)").returnItemOnConditionFailure(true).build();
            WriteReply refused = client.write(TABLE, again);
            assertThat(refused.getFailure().getKind()).isEqualTo(Failure.Kind.DYNAMODB);
            assertThat(refused.getFailure().getErrorCode()).isEqualTo("ConditionalCheckFailedException");
            assertThat(ItemCodec.decode(refused.getFailure().getItem().toByteArray())).isEqualTo(item(1, "first"));

            // A chain of compare-and-set updates: only those whose expected value matches apply.
            long last = refused.getAppliedIndex();
            int applied = 0;
            for (int i = 0; i < 10; i++) {
                String expected = i % 3 == 2 ? "stale" : (applied == 0 ? "first" : "u" + applied);
                WriteSpec cas = WriteSpec.updateBuilder(key(1))
                        .updateExpression("SET v = :new")
                        .conditionExpression("v = :expected")
                        .expressionAttributeValues(Map.of(":new", AttributeValue.s("u" + (applied + 1)),
                                ":expected", AttributeValue.s(expected)))
                        .build();
                WriteReply reply = client.write(TABLE, cas);
                if (i % 3 == 2) {
                    assertThat(reply.getFailure().getErrorCode()).isEqualTo("ConditionalCheckFailedException");
                } else {
                    assertOk(reply.getFailure());
                    applied++;
                }
                last = reply.getAppliedIndex();
            }
            // Writes that cannot compile are refused by every replica alike; the group goes on.
            WriteRequest garbled = client.writeRequest(TABLE, addOne(key(2))).toBuilder()
                    .setSpec(ByteString.copyFromUtf8("not a write spec")).build();
            WriteReply garbledReply = client.write(garbled);
            assertThat(garbledReply.getFailure().getKind()).isEqualTo(Failure.Kind.DYNAMODB);
            assertThat(garbledReply.getFailure().getErrorCode()).isEqualTo("SerializationException");
            WriteRequest noKeySchema = client.writeRequest(TABLE, addOne(key(2))).toBuilder()
                    .setTable(TableRefs.toRef(TABLE).toBuilder().clearPartitionKey()).build();
            assertThat(client.write(noKeySchema).getFailure().getErrorCode()).isEqualTo("ValidationException");
            WriteReply afterwards = client.write(TABLE, WriteSpec.put(key(3), item(3, "ok")));
            assertOk(afterwards.getFailure());
            assertOk(client.write(TABLE, WriteSpec.delete(key(3))).getFailure());
            last = client.write(TABLE, WriteSpec.delete(key(3))).getAppliedIndex();

            cluster.awaitApplied(last);
            List<List<Item>> replicas = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                replicas.add(client.scanLocal(r, TABLE));
            }
            assertThat(replicas.get(0)).containsExactly(item(1, "u" + applied));
            assertThat(replicas.get(1)).isEqualTo(replicas.get(0));
            assertThat(replicas.get(2)).isEqualTo(replicas.get(0));
        }
    }

    /**
     * Group commit: writes sent together share log entries (equal applied index, distinct
     * sequences), each gets its own reply, and a request id sent twice at once applies once.
     */
    @Test
    void concurrentWritesShareEntriesAndEachGetsItsOwnReply() throws Exception {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 1000)) {
            GroupClient client = new GroupClient(cluster);
            assertOk(client.write(TABLE, WriteSpec.put(key(9), item(9, "counter"))).getFailure());
            int leader = cluster.awaitLeader();
            DataPlaneGrpc.DataPlaneFutureStub stub = DataPlaneGrpc.newFutureStub(cluster.channel(leader));
            List<WriteRequest> requests = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                requests.add(client.writeRequest(TABLE, i % 2 == 0 ? addOne(key(9)) : WriteSpec.put(key(100 + i),
                        item(100 + i, "v"))));
            }
            requests.add(requests.get(0)); // the same request id twice, in flight together
            List<ListenableFuture<WriteReply>> sent = new ArrayList<>();
            for (WriteRequest request : requests) {
                sent.add(stub.write(request));
            }
            List<WriteReply> replies = new ArrayList<>();
            for (var future : sent) {
                replies.add(future.get(30, TimeUnit.SECONDS));
            }
            replies.forEach(reply -> assertOk(reply.getFailure()));
            assertThat(replies.get(40)).as("the duplicate's reply is the first one's").isEqualTo(replies.get(0));
            List<WriteReply> distinct = replies.subList(0, 40);
            assertThat(distinct.stream().map(WriteReply::getSequence).distinct()).hasSize(40);
            assertThat(distinct.stream().map(WriteReply::getAppliedIndex).distinct().count())
                    .as("40 writes in fewer entries").isLessThan(40);

            long last = distinct.stream().mapToLong(WriteReply::getAppliedIndex).max().orElseThrow();
            cluster.awaitApplied(last);
            for (int r = 0; r < 3; r++) {
                GetReply counter = client.getLocal(r, TABLE, key(9));
                assertThat(ItemCodec.decode(counter.getItem().toByteArray()).get("n"))
                        .as("replica %d applied each of the 20 increments once", r).isEqualTo(AttributeValue.n(20));
                assertThat(client.scanLocal(r, TABLE)).hasSize(21);
            }
        }
    }

    @Test
    void retriedRequestIdReturnsTheFirstReplyAndAppliesOnce() {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 1000)) {
            GroupClient client = new GroupClient(cluster);
            WriteRequest increment = client.writeRequest(TABLE, addOne(key(7)));
            WriteReply first = client.write(increment);
            assertOk(first.getFailure());
            WriteReply retry = client.write(increment);
            assertThat(retry).isEqualTo(first);

            // A refused write is deduplicated too: its retry gets the refusal, even once the condition would hold.
            WriteRequest guarded = client.writeRequest(TABLE, WriteSpec.updateBuilder(key(7))
                    .updateExpression("SET v = :v").conditionExpression("n = :two")
                    .expressionAttributeValues(Map.of(":v", AttributeValue.s("x"), ":two", AttributeValue.n(2)))
                    .build());
            WriteReply refused = client.write(guarded);
            assertThat(refused.getFailure().getErrorCode()).isEqualTo("ConditionalCheckFailedException");
            assertOk(client.write(TABLE, addOne(key(7))).getFailure()); // n is 2 now
            assertThat(client.write(guarded)).isEqualTo(refused);

            GetReply counter = client.getStrong(TABLE, key(7));
            assertThat(ItemCodec.decode(counter.getItem().toByteArray()).get("n")).isEqualTo(AttributeValue.n(2));
            assertThat(ItemCodec.decode(counter.getItem().toByteArray()).has("v")).isFalse();

            // Once the client acknowledges everything below a later request, the replicas forget
            // the earlier replies: the client promised never to retry those, so one sent again
            // is a new write (this shows the acknowledgement reaches the state machine).
            WriteRequest acknowledging = client.writeRequest(TABLE, addOne(key(7)));
            acknowledging = acknowledging.toBuilder().setRequestId(acknowledging.getRequestId().toBuilder()
                    .setAcknowledgedBelow(acknowledging.getRequestId().getSequence())).build();
            assertOk(client.write(acknowledging).getFailure()); // n is 3
            WriteReply forgotten = client.write(increment);
            assertOk(forgotten.getFailure());
            assertThat(forgotten.getSequence()).isGreaterThan(first.getSequence());
            GetReply after = client.getStrong(TABLE, key(7));
            assertThat(ItemCodec.decode(after.getItem().toByteArray()).get("n")).isEqualTo(AttributeValue.n(4));
        }
    }

    @Test
    void linearizableReadAfterLeaderChangeSeesEveryAcknowledgedWrite() {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 1000)) {
            GroupClient client = new GroupClient(cluster);
            List<WriteRequest> requests = new ArrayList<>();
            List<WriteReply> replies = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                WriteRequest request = client.writeRequest(TABLE, WriteSpec.put(key(i), item(i, "v" + i)));
                WriteReply reply = client.write(request);
                assertOk(reply.getFailure());
                requests.add(request);
                replies.add(reply);
            }
            int oldLeader = cluster.awaitLeader();
            cluster.stopMember(oldLeader);
            int newLeader = cluster.awaitLeader();
            assertThat(newLeader).isNotEqualTo(oldLeader);

            for (int i = 0; i < 30; i++) {
                GetReply got = client.getStrong(TABLE, key(i));
                assertOk(got.getFailure());
                assertThat(got.getFound()).as("acknowledged write %d", i).isTrue();
            }
            // Exactly once across the leader change: the new leader answers a retry with the stored reply.
            assertThat(client.write(requests.get(29))).isEqualTo(replies.get(29));
            // A follower answers strong reads with NOT_LEADER naming the leader and its gRPC address.
            int follower = otherRunning(cluster, newLeader);
            GetReply redirected = client.stub(follower).get(GetRequest.newBuilder()
                    .setGroupId(cluster.groupId)
                    .setTable(TableRefs.toRef(TABLE))
                    .setKey(ByteString.copyFrom(ItemCodec.encode(key(0))))
                    .setConsistency(Consistency.LINEARIZABLE)
                    .build());
            assertThat(redirected.getFailure().getKind()).isEqualTo(Failure.Kind.NOT_LEADER);
            assertThat(redirected.getFailure().getLeaderId()).isEqualTo(cluster.nodeId(newLeader));
            assertThat(redirected.getFailure().getLeaderAddress())
                    .isEqualTo(cluster.grpcAddress(cluster.nodeId(newLeader)));
        }
    }

    @Test
    void requestsInFlightDuringALeaderChangeApplyExactlyOnceWhenRetried() {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 1000)) {
            GroupClient client = new GroupClient(cluster);
            for (int i = 0; i < 10; i++) {
                assertOk(client.write(TABLE, addOne(key(1))).getFailure());
            }
            int leader = cluster.awaitLeader();
            List<WriteRequest> inFlight = new ArrayList<>();
            DataPlaneGrpc.DataPlaneFutureStub async = DataPlaneGrpc.newFutureStub(cluster.channel(leader));
            for (int i = 0; i < 5; i++) {
                WriteRequest request = client.writeRequest(TABLE, addOne(key(1)));
                inFlight.add(request);
                async.write(request); // outcome unknown: the leader stops while these are in flight
            }
            cluster.stopMember(leader);
            long before = counter(client.getStrong(TABLE, key(1)));
            assertThat(before).isBetween(10L, 15L);
            System.out.printf("in-flight writes committed before the leader stopped: %d of 5%n", before - 10);
            for (WriteRequest request : inFlight) {
                assertOk(client.write(request).getFailure()); // the router's retry, same request id
            }
            for (WriteRequest request : inFlight) {
                assertOk(client.write(request).getFailure()); // and once more: still no second apply
            }
            for (int i = 0; i < 10; i++) {
                assertOk(client.write(TABLE, addOne(key(1))).getFailure());
            }
            assertThat(counter(client.getStrong(TABLE, key(1)))).isEqualTo(25);
        }
    }

    @Test
    void restartOfAllServersKeepsDataAndAppliesNothingTwice() {
        int increments = 25;
        WriteRequest lastRequest;
        WriteReply lastReply;
        LogPosition[] before = new LogPosition[3];
        int[] raftPorts;
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 10)) {
            GroupClient client = new GroupClient(cluster);
            WriteRequest request = null;
            WriteReply reply = null;
            for (int i = 0; i < increments; i++) {
                request = client.writeRequest(TABLE, addOne(key(1)));
                reply = client.write(request);
                assertOk(reply.getFailure());
            }
            lastRequest = request;
            lastReply = reply;
            cluster.awaitApplied(lastReply.getAppliedIndex());
            for (int r = 0; r < 3; r++) {
                before[r] = cluster.applied(r);
            }
            raftPorts = cluster.raftPorts();
        }
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 10, raftPorts, new int[3])) {
            for (int r = 0; r < 3; r++) {
                assertThat(cluster.applied(r).index()).as("applied index survives restart")
                        .isGreaterThanOrEqualTo(before[r].index());
                assertThat(counter(new GroupClient(cluster).getLocal(r, TABLE, key(1)))).isEqualTo(increments);
            }
            GroupClient client = new GroupClient(cluster);
            assertThat(client.write(lastRequest)).as("retry after restart gets the first reply").isEqualTo(lastReply);
            WriteReply next = client.write(TABLE, addOne(key(1)));
            assertOk(next.getFailure());
            assertThat(next.getSequence()).isGreaterThan(lastReply.getSequence());
            cluster.awaitApplied(next.getAppliedIndex());
            for (int r = 0; r < 3; r++) {
                assertThat(counter(client.getLocal(r, TABLE, key(1)))).isEqualTo(increments + 1);
            }
        }
    }

    @Test
    void laggingReplicaCatchesUpBySnapshotInstallAfterTheLogWasPurged() throws Exception {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 10)) {
            GroupClient client = new GroupClient(cluster);
            assertOk(client.write(TABLE, WriteSpec.put(key(0), item(0, "before"))).getFailure());
            int leader = cluster.awaitLeader();
            int lagging = otherRunning(cluster, leader);
            cluster.awaitApplied(cluster.applied(leader).index());
            long laggingApplied = cluster.applied(lagging).index();
            cluster.stopMember(lagging);

            long last = -1;
            String filler = "x".repeat(200);
            for (int i = 1; i <= 150; i++) {
                WriteReply reply = client.write(TABLE, WriteSpec.put(key(i), item(i, filler + i)));
                assertOk(reply.getFailure());
                last = reply.getAppliedIndex();
            }
            int currentLeader = cluster.awaitLeader();
            RaftGroupCluster.await("the leader's log purged past the lagging replica",
                    () -> cluster.division(currentLeader).getRaftLog().getStartIndex() > laggingApplied + 1);

            // Old snapshots are deleted as new ones are taken (two are kept).
            RaftGroupCluster.await("old snapshots cleaned up", () -> snapshotCount(cluster.snapshotDir(currentLeader)) <= 2);

            cluster.startMember(lagging);
            cluster.awaitApplied(last);
            assertThat(client.scanLocal(lagging, TABLE)).hasSize(151);
            assertThat(ItemCodec.decode(client.getLocal(lagging, TABLE, key(150)).getItem().toByteArray()))
                    .isEqualTo(item(150, filler + 150));
            // Ratis writes an .md5 file next to each file of a snapshot it received: proof of an install.
            try (Stream<Path> files = Files.walk(cluster.snapshotDir(lagging))) {
                assertThat(files.anyMatch(p -> p.toString().endsWith(".md5"))).as("installed snapshot").isTrue();
            }
        }
    }

    @Test
    void newReplicaCatchesUpBySnapshotInstall() throws Exception {
        try (RaftGroupCluster cluster = RaftGroupCluster.start(dir, 3, 10)) {
            GroupClient client = new GroupClient(cluster);
            String filler = "y".repeat(200);
            long last = -1;
            long started = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                WriteReply reply = client.write(TABLE, WriteSpec.put(key(i), item(i, filler + i)));
                assertOk(reply.getFailure());
                last = reply.getAppliedIndex();
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("100 sequential acknowledged 3-replica writes: %d ms (%.1f ms each)%n", millis, millis / 100.0);
            int leader = cluster.awaitLeader();
            RaftGroupCluster.await("the leader's log purged",
                    () -> cluster.division(leader).getRaftLog().getStartIndex() > 1);

            int added = cluster.addMember();
            cluster.awaitApplied(last);
            GroupClient widened = new GroupClient(cluster);
            assertThat(widened.scanLocal(added, TABLE)).hasSize(100);
            assertThat(cluster.division(leader).getGroup().getPeers()).hasSize(4);
            try (Stream<Path> files = Files.walk(cluster.snapshotDir(added))) {
                assertThat(files.anyMatch(p -> p.toString().endsWith(".md5"))).as("installed snapshot").isTrue();
            }
        }
    }

    private static long snapshotCount(Path smDir) {
        try (Stream<Path> children = Files.list(smDir)) {
            return children.filter(p -> p.getFileName().toString().startsWith("snapshot.")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int otherRunning(RaftGroupCluster cluster, int not) {
        for (int i = 0; i < cluster.size(); i++) {
            if (i != not && cluster.isRunning(i)) {
                return i;
            }
        }
        throw new AssertionError("no other running member");
    }

    static long counter(GetReply reply) {
        assertOk(reply.getFailure());
        AttributeValue n = ItemCodec.decode(reply.getItem().toByteArray()).get("n");
        return ((AttributeValue.Num) n).value().longValueExact();
    }

    static WriteSpec addOne(Item key) {
        return WriteSpec.update(key, "ADD n :one", null, Map.of(":one", AttributeValue.n(1)));
    }

    static void assertOk(Failure failure) {
        assertThat(failure.getKind()).as("failure %s", failure).isEqualTo(Failure.Kind.NONE);
    }

    static Item key(int i) {
        return TestTables.idItem("id-" + i);
    }

    static Item item(int i, String value) {
        return TestTables.idItem("id-" + i, "v", AttributeValue.s(value));
    }
}
