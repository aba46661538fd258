package io.cairndb.node.storage;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.codec.WriteSpecCodec;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.ReadPageReply;
import io.cairndb.proto.ReadPageRequest;
import io.cairndb.proto.RequestId;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.cairndb.replication.wire.TableRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import io.grpc.ManagedChannel;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * A router-like client of one test group: sends writes and strong reads to the leader,
 * following NOT_LEADER hints and retrying UNAVAILABLE (with a short backoff) until a deadline.
 */
final class GroupClient {
    private final String groupId;
    private final List<ManagedChannel> channels;
    private final List<String> nodeIds;
    private final IntPredicate running;
    private final String clientId = UUID.randomUUID().toString();
    private final AtomicLong sequence = new AtomicLong();
    private int target;

    GroupClient(RaftGroupCluster cluster) {
        this(cluster.groupId, channels(cluster), nodeIds(cluster), cluster::isRunning);
    }

    /** A client of replicas reached through {@code channels} (node ids in the same order). */
    GroupClient(String groupId, List<ManagedChannel> channels, List<String> nodeIds, IntPredicate running) {
        this.groupId = groupId;
        this.channels = channels;
        this.nodeIds = nodeIds;
        this.running = running;
    }

    private static List<ManagedChannel> channels(RaftGroupCluster cluster) {
        List<ManagedChannel> list = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            list.add(cluster.channel(i));
        }
        return list;
    }

    private static List<String> nodeIds(RaftGroupCluster cluster) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            list.add(cluster.nodeId(i));
        }
        return list;
    }

    WriteRequest writeRequest(TableDefinition table, WriteSpec spec) {
        return WriteRequest.newBuilder()
                .setGroupId(groupId)
                .setTable(TableRefs.toRef(table))
                .setSpec(ByteString.copyFrom(WriteSpecCodec.encode(spec)))
                .setTimestampMicros(System.currentTimeMillis() * 1000)
                .setRequestId(RequestId.newBuilder().setClientId(clientId).setSequence(sequence.incrementAndGet()))
                .build();
    }

    WriteReply write(TableDefinition table, WriteSpec spec) {
        return write(writeRequest(table, spec));
    }

    /** Sends {@code request} until a replica answers other than NOT_LEADER/UNAVAILABLE. */
    WriteReply write(WriteRequest request) {
        return onLeader(i -> stub(i).write(request), WriteReply::getFailure);
    }

    GetReply getStrong(TableDefinition table, Item key) {
        GetRequest request = getRequest(table, key, Consistency.LINEARIZABLE);
        return onLeader(i -> stub(i).get(request), GetReply::getFailure);
    }

    /** An EVENTUAL get on replica {@code i}. */
    GetReply getLocal(int i, TableDefinition table, Item key) {
        return stub(i).get(getRequest(table, key, Consistency.EVENTUAL));
    }

    /** Every item of the table as replica {@code i} holds it (EVENTUAL scan, page by page). */
    List<Item> scanLocal(int i, TableDefinition table) {
        List<Item> items = new ArrayList<>();
        ByteString start = ByteString.EMPTY;
        do {
            ReadPageReply page = stub(i).readPage(ReadPageRequest.newBuilder()
                    .setGroupId(groupId)
                    .setTable(TableRefs.toRef(table))
                    .setExclusiveStartKey(start)
                    .setLimit(50)
                    .setForward(true)
                    .setConsistency(Consistency.EVENTUAL)
                    .setHashLow(0)
                    .setHashHigh(-1)
                    .build());
            if (page.getFailure().getKind() != Failure.Kind.NONE) {
                throw new AssertionError("scan failed on " + nodeIds.get(i) + ": " + page.getFailure());
            }
            page.getItemsList().forEach(b -> items.add(ItemCodec.decode(b.toByteArray())));
            start = page.getLastEvaluatedKey();
        } while (!start.isEmpty());
        return items;
    }

    private GetRequest getRequest(TableDefinition table, Item key, Consistency consistency) {
        return GetRequest.newBuilder()
                .setGroupId(groupId)
                .setTable(TableRefs.toRef(table))
                .setKey(ByteString.copyFrom(ItemCodec.encode(key)))
                .setConsistency(consistency)
                .build();
    }

    DataPlaneGrpc.DataPlaneBlockingStub stub(int i) {
        return DataPlaneGrpc.newBlockingStub(channels.get(i)).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private <R> R onLeader(Function<Integer, R> call, Function<R, Failure> failureOf) {
        long deadline = System.nanoTime() + RaftGroupCluster.DEADLINE.toNanos();
        R reply = null;
        while (System.nanoTime() < deadline) {
            if (!running.test(target)) {
                target = (target + 1) % channels.size();
                continue;
            }
            try {
                reply = call.apply(target);
            } catch (io.grpc.StatusRuntimeException e) {
                target = (target + 1) % channels.size();
                backoff();
                continue;
            }
            Failure failure = failureOf.apply(reply);
            if (failure.getKind() == Failure.Kind.NOT_LEADER) {
                target = failure.getLeaderId().isEmpty()
                        ? (target + 1) % channels.size()
                        : nodeIds.indexOf(failure.getLeaderId());
                if (failure.getLeaderId().isEmpty()) {
                    backoff();
                }
            } else if (failure.getKind() == Failure.Kind.UNAVAILABLE) {
                backoff();
            } else {
                return reply;
            }
        }
        throw new AssertionError("no replica answered before the deadline; last reply: " + reply);
    }

    /** Retry backoff of the client (a retry policy, not synchronisation). */
    private static void backoff() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
