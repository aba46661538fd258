package io.cairndb.replication.service;

import com.google.protobuf.InvalidProtocolBufferException;
import io.cairndb.proto.DropTableReply;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.ReadPageReply;
import io.cairndb.proto.StatsReply;
import io.cairndb.proto.WriteBatchReply;
import io.cairndb.proto.WriteReply;
import java.util.function.Function;

/** How to read one DataPlane reply type from state-machine bytes, and how to make it carry a failure. */
record ReplyKind<R>(Parser<R> parser, Function<Failure, R> failed) {
    static final ReplyKind<WriteReply> WRITE =
            new ReplyKind<>(WriteReply::parseFrom, f -> WriteReply.newBuilder().setFailure(f).build());
    static final ReplyKind<WriteBatchReply> WRITE_BATCH =
            new ReplyKind<>(WriteBatchReply::parseFrom, f -> WriteBatchReply.newBuilder().setFailure(f).build());
    static final ReplyKind<GetReply> GET =
            new ReplyKind<>(GetReply::parseFrom, f -> GetReply.newBuilder().setFailure(f).build());
    static final ReplyKind<ReadPageReply> READ_PAGE =
            new ReplyKind<>(ReadPageReply::parseFrom, f -> ReadPageReply.newBuilder().setFailure(f).build());
    static final ReplyKind<StatsReply> STATS =
            new ReplyKind<>(StatsReply::parseFrom, f -> StatsReply.newBuilder().setFailure(f).build());
    static final ReplyKind<DropTableReply> DROP_TABLE =
            new ReplyKind<>(DropTableReply::parseFrom, f -> DropTableReply.newBuilder().setFailure(f).build());

    @FunctionalInterface
    interface Parser<R> {
        R parse(byte[] bytes) throws InvalidProtocolBufferException;
    }

    R parse(byte[] bytes) throws InvalidProtocolBufferException {
        return parser.parse(bytes);
    }
}
