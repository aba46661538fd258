package io.cairndb.replication.service;

import com.google.protobuf.InvalidProtocolBufferException;
import io.cairndb.proto.DataQuery;
import io.cairndb.replication.DataStateMachine;
import io.cairndb.replication.store.StoreUnavailableException;
import io.cairndb.replication.wire.Failures;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.thirdparty.com.google.protobuf.UnsafeByteOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs DataPlane calls on the local Raft server's divisions without blocking: a write or a
 * LINEARIZABLE read becomes a Ratis request on the leader's division (the reply arrives on a
 * future, bounded by a timeout), an EVENTUAL read runs on this replica's state machine. Every
 * outcome, including exceptions, becomes a reply: a failure never surfaces as a gRPC error.
 */
final class GroupCalls {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCalls.class);

    private final RaftServer server;
    private final RaftFailures failures;
    private final Duration timeout;
    private final ClientId clientId = ClientId.randomId();
    private final AtomicLong callIds = new AtomicLong();

    GroupCalls(RaftServer server, LeaderAddresses leaders, Duration timeout) {
        this.server = server;
        this.failures = new RaftFailures(leaders);
        this.timeout = timeout;
    }

    /** Submits {@code payload} to the group's leader as a write (log entry) or a read (ReadIndex + query). */
    <R> void submit(String groupId, byte[] payload, boolean write, ReplyKind<R> kind, StreamObserver<R> out) {
        try {
            trySubmit(groupId, payload, write, kind, out);
        } catch (RuntimeException e) {
            LOG.warn("call on group {} failed before reaching Raft", groupId, e);
            respond(out, kind.failed().apply(Failures.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    private <R> void trySubmit(String groupId, byte[] payload, boolean write, ReplyKind<R> kind,
                               StreamObserver<R> out) {
        RaftServer.Division division;
        try {
            division = dataDivision(groupId);
        } catch (GroupNotHostedException e) {
            respond(out, kind.failed().apply(Failures.groupNotFound(groupId)));
            return;
        }
        if (!division.getInfo().isLeader()) {
            RaftPeerId leader = division.getInfo().getLeaderId();
            respond(out, kind.failed().apply(failures.notLeader(leader == null ? null : leader.toString(),
                    server.getId() + " is not the leader of group " + groupId)));
            return;
        }
        RaftClientRequest request = RaftClientRequest.newBuilder()
                .setClientId(clientId)
                .setServerId(server.getId())
                .setGroupId(division.getGroup().getGroupId())
                .setCallId(callIds.incrementAndGet())
                .setMessage(Message.valueOf(UnsafeByteOperations.unsafeWrap(payload)))
                .setType(write ? RaftClientRequest.writeRequestType() : RaftClientRequest.readRequestType())
                .setTimeoutMs(timeout.toMillis())
                .build();
        CompletableFuture<RaftClientReply> reply;
        try {
            reply = server.submitClientRequestAsync(request);
        } catch (IOException | RuntimeException e) {
            respond(out, kind.failed().apply(failures.of(e, groupId)));
            return;
        }
        reply.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((raftReply, error) -> {
            R answer;
            try {
                answer = toReply(groupId, raftReply, error, kind);
            } catch (RuntimeException e) {
                answer = kind.failed().apply(Failures.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            respond(out, answer);
        });
    }

    /**
     * Answers an EVENTUAL read from this replica's applied state, whatever its role, or BEHIND
     * when it has not applied {@code minAppliedIndex} yet (the reader wrote at that index and
     * must see its write). It does not wait for the index: the leader has it now.
     */
    <R> void readLocal(String groupId, long minAppliedIndex, DataQuery query, ReplyKind<R> kind,
                       StreamObserver<R> out) {
        R reply;
        try {
            RaftServer.Division division = dataDivision(groupId);
            DataStateMachine machine = (DataStateMachine) division.getStateMachine();
            long applied = machine.appliedPosition().index();
            if (applied < minAppliedIndex) {
                RaftPeerId leader = division.getInfo().getLeaderId();
                reply = kind.failed().apply(failures.behind(leader == null ? null : leader.toString(),
                        server.getId() + " applied group " + groupId + " up to " + applied + ", not yet "
                                + minAppliedIndex));
            } else {
                reply = kind.parse(machine.readLocal(query));
            }
        } catch (GroupNotHostedException e) {
            reply = kind.failed().apply(Failures.groupNotFound(groupId));
        } catch (StoreUnavailableException e) {
            reply = kind.failed().apply(Failures.unavailable(e.getMessage()));
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            LOG.warn("local read on group {} failed", groupId, e);
            reply = kind.failed().apply(Failures.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        respond(out, reply);
    }

    private <R> R toReply(String groupId, RaftClientReply raftReply, Throwable error, ReplyKind<R> kind) {
        if (error != null) {
            return kind.failed().apply(failures.of(error, groupId));
        }
        if (!raftReply.isSuccess()) {
            return kind.failed().apply(failures.of(raftReply.getException(), groupId));
        }
        try {
            return kind.parse(raftReply.getMessage().getContent().toByteArray());
        } catch (InvalidProtocolBufferException e) {
            return kind.failed().apply(Failures.unavailable("undecodable state machine reply: " + e.getMessage()));
        }
    }

    private RaftServer.Division dataDivision(String groupId) throws GroupNotHostedException {
        RaftGroupId id;
        try {
            id = RaftGroupId.valueOf(UUID.fromString(groupId));
        } catch (IllegalArgumentException e) {
            throw new GroupNotHostedException();
        }
        RaftServer.Division division;
        try {
            division = server.getDivision(id);
        } catch (IOException e) {
            throw new GroupNotHostedException();
        }
        if (!(division.getStateMachine() instanceof DataStateMachine)) {
            throw new GroupNotHostedException(); // the membership group is not a data group
        }
        return division;
    }

    private static <R> void respond(StreamObserver<R> out, R reply) {
        try {
            out.onNext(reply);
            out.onCompleted();
        } catch (RuntimeException e) {
            LOG.debug("reply not delivered (call cancelled?)", e); // the caller is gone: nothing else to do
        }
    }

    /** The group is not hosted here (or is not a data group). */
    private static final class GroupNotHostedException extends Exception {
        private static final long serialVersionUID = 1L;

        GroupNotHostedException() {
            super(null, null, false, false);
        }
    }
}
