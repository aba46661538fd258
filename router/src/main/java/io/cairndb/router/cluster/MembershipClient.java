package io.cairndb.router.cluster;

import com.google.protobuf.ByteString;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.DeleteTableRequest;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.MembershipGrpc;
import io.cairndb.proto.TableChangeReply;
import io.cairndb.proto.TableChangeRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Unary calls to the membership leader, each retried by a {@link RetryingCaller} that follows
 * NOT_LEADER redirects. Every map a reply carries is installed, so this router sees its own
 * control-plane changes at once.
 */
final class MembershipClient {
    private final NodeChannels channels;
    private final MembershipEndpoints endpoints;
    private final RetryingCaller caller;
    private final MapCache maps;

    MembershipClient(NodeChannels channels, MembershipEndpoints endpoints, RetryingCaller caller, MapCache maps) {
        this.channels = channels;
        this.endpoints = endpoints;
        this.caller = caller;
        this.maps = maps;
    }

    TableChangeReply createTable(byte[] definitionJson) {
        TableChangeRequest request = TableChangeRequest.newBuilder()
                .setDefinitionJson(ByteString.copyFrom(definitionJson)).build();
        return installing(caller.call("CreateTable", endpoints,
                stub(s -> s.createTable(request)), TableChangeReply::getFailure));
    }

    TableChangeReply updateTable(byte[] definitionJson) {
        TableChangeRequest request = TableChangeRequest.newBuilder()
                .setDefinitionJson(ByteString.copyFrom(definitionJson)).build();
        return installing(caller.call("UpdateTable", endpoints,
                stub(s -> s.updateTable(request)), TableChangeReply::getFailure));
    }

    TableChangeReply deleteTable(String tableName) {
        DeleteTableRequest request = DeleteTableRequest.newBuilder().setTableName(tableName).build();
        return installing(caller.call("DeleteTable", endpoints,
                stub(s -> s.deleteTable(request)), TableChangeReply::getFailure));
    }

    /** The current map from the leader, installed; through {@code retrying}'s deadline. */
    ClusterMapReply fetchMap(RetryingCaller retrying) {
        GetClusterMapRequest request = GetClusterMapRequest.getDefaultInstance();
        ClusterMapReply reply = retrying.call("GetClusterMap", endpoints,
                stub(s -> s.getClusterMap(request)), ClusterMapReply::getFailure);
        if (reply.hasMap()) {
            maps.install(reply.getMap());
        }
        return reply;
    }

    private TableChangeReply installing(TableChangeReply reply) {
        if (reply.hasMap()) {
            maps.install(reply.getMap());
        }
        return reply;
    }

    private <R> BiFunction<String, Duration, R> stub(Function<MembershipGrpc.MembershipBlockingStub, R> rpc) {
        return (address, timeout) -> channels.call(address, channel -> rpc.apply(MembershipGrpc.newBlockingStub(channel)
                .withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS)));
    }
}
