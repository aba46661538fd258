package io.cairndb.clustertests;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.launcher.status.ClusterStatus;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GetRequest;
import io.cairndb.proto.KeyAttribute;
import io.cairndb.proto.TableRef;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * GetItem sent over gRPC straight to one node's DataPlane service, bypassing the router: what a
 * particular replica answers, whatever its role (tables keyed by a string {@code id}).
 */
public final class NodeReads {
    private NodeReads() {
    }

    /** What the replica said. */
    public sealed interface Answer {
    }

    /** The replica served the read. {@code item} is null when it has no such item. */
    public record Served(Item item) implements Answer {
        public String stringValue(String attribute) {
            if (item == null || !(item.get(attribute) instanceof AttributeValue.Str s)) {
                return null;
            }
            return s.value();
        }
    }

    /** The replica refused: a Failure reply (NOT_LEADER, UNAVAILABLE, ...). */
    public record Refused(String kind, String message) implements Answer {
    }

    /** The call failed (deadline, connection): no answer. */
    public record NoAnswer(String status) implements Answer {
    }

    public static Answer get(String grpcAddress, ClusterStatus.Table table, String groupId, String id,
                             Consistency consistency, Duration deadline) {
        ManagedChannel channel = ManagedChannelBuilder.forTarget(grpcAddress).usePlaintext().build();
        try {
            GetRequest request = GetRequest.newBuilder()
                    .setGroupId(groupId)
                    .setTable(TableRef.newBuilder().setName(table.name()).setTableId(table.tableId())
                            .setPartitionKey(KeyAttribute.newBuilder().setName(Tables.KEY).setType("S")))
                    .setKey(ByteString.copyFrom(ItemCodec.encode(Item.of(Map.of(Tables.KEY, AttributeValue.s(id))))))
                    .setConsistency(consistency)
                    .build();
            GetReply reply = DataPlaneGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).get(request);
            if (reply.hasFailure() && reply.getFailure().getKindValue() != 0) {
                return new Refused(reply.getFailure().getKind().name(), reply.getFailure().getMessage());
            }
            return new Served(reply.getFound() ? ItemCodec.decode(reply.getItem().toByteArray()) : null);
        } catch (StatusRuntimeException e) {
            return new NoAnswer(e.getStatus().toString());
        } finally {
            channel.shutdownNow();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
