package io.cairndb.replication.wire;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.proto.Failure;

/** Builds the {@link Failure} of each kind the DataPlane answers with. */
public final class Failures {
    private Failures() {
    }

    /** A DynamoDB error for the client, with the stored item of an ALL_OLD condition failure. */
    public static Failure dynamoDb(DynamoDbException error) {
        Failure.Builder failure = Failure.newBuilder()
                .setKind(Failure.Kind.DYNAMODB)
                .setErrorCode(error.errorCode())
                .setMessage(nullToEmpty(error.getMessage()));
        if (error instanceof ConditionalCheckFailedException condition) {
            condition.item().ifPresent(item -> failure.setItem(ByteString.copyFrom(ItemCodec.encode(item))));
        }
        return failure.build();
    }

    /** Not the leader; {@code leaderId}/{@code leaderAddress} may be null when unknown. */
    public static Failure notLeader(String leaderId, String leaderAddress, String message) {
        return toLeader(Failure.Kind.NOT_LEADER, leaderId, leaderAddress, message);
    }

    /**
     * This replica has not applied the index a read-your-writes read needs; the leader (ids may
     * be null when unknown) has, since it applied the write before acknowledging it.
     */
    public static Failure behind(String leaderId, String leaderAddress, String message) {
        return toLeader(Failure.Kind.BEHIND, leaderId, leaderAddress, message);
    }

    /** A failure that sends the caller to the group's leader. */
    private static Failure toLeader(Failure.Kind kind, String leaderId, String leaderAddress, String message) {
        return Failure.newBuilder()
                .setKind(kind)
                .setLeaderId(nullToEmpty(leaderId))
                .setLeaderAddress(nullToEmpty(leaderAddress))
                .setMessage(nullToEmpty(message))
                .build();
    }

    public static Failure groupNotFound(String groupId) {
        return Failure.newBuilder()
                .setKind(Failure.Kind.GROUP_NOT_FOUND)
                .setMessage("group " + groupId + " is not hosted on this node")
                .build();
    }

    /** Transient: election, timeout, shutting down, store being replaced. */
    public static Failure unavailable(String message) {
        return Failure.newBuilder()
                .setKind(Failure.Kind.UNAVAILABLE)
                .setMessage(nullToEmpty(message))
                .build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
