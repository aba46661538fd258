package io.cairndb.replication.wire;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.model.Item;
import io.cairndb.proto.WriteReply;
import io.cairndb.replication.store.LogPosition;
import io.cairndb.replication.store.ReplyEncoder;

/** Encodes write outcomes as the wire's {@link WriteReply}, the form in which the store keeps them. */
public final class WriteReplies implements ReplyEncoder {
    public static final WriteReplies INSTANCE = new WriteReplies();

    private WriteReplies() {
    }

    @Override
    public byte[] applied(WriteOutcome outcome, LogPosition at) {
        WriteReply.Builder reply = WriteReply.newBuilder()
                .setSequence(outcome.change().sequence())
                .setAppliedIndex(at.index());
        Item oldImage = outcome.result().oldImage();
        Item newImage = outcome.result().newImage();
        if (oldImage != null) {
            reply.setHadOld(true).setOldImage(ByteString.copyFrom(ItemCodec.encode(oldImage)));
        }
        if (newImage != null) {
            reply.setHasNew(true).setNewImage(ByteString.copyFrom(ItemCodec.encode(newImage)));
        }
        return reply.build().toByteArray();
    }

    @Override
    public byte[] refused(DynamoDbException error, LogPosition at) {
        return WriteReply.newBuilder()
                .setFailure(Failures.dynamoDb(error))
                .setAppliedIndex(at.index())
                .build()
                .toByteArray();
    }
}
