package io.cairndb.membership.leader;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.state.CommandResult;
import io.cairndb.membership.state.MembershipCommand;
import io.cairndb.membership.state.StateCodec;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.DivisionInfo;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;

/**
 * The local replica of the metadata group, seen through the RaftServer that hosts it: who leads,
 * in which term, and submitting commands to the log from inside the server.
 */
public final class MetadataDivision implements CommandLog {
    private static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(10);

    private final RaftServer server;
    private final ClientId clientId = ClientId.randomId();
    private final AtomicLong callIds = new AtomicLong();

    public MetadataDivision(RaftServer server) {
        this.server = server;
    }

    public String localId() {
        return server.getId().toString();
    }

    /** The term this server leads in, when it leads and has applied its term's first entry. */
    public Optional<Long> readyLeaderTerm() {
        return info().filter(i -> i.isLeader() && i.isLeaderReady()).map(DivisionInfo::getCurrentTerm);
    }

    /** The leader's node id as this replica knows it. */
    public Optional<String> leaderId() {
        return info().map(DivisionInfo::getLeaderId).map(RaftPeerId::toString);
    }

    /** Node ids of the metadata group's voters. */
    public List<String> voters() {
        try {
            return server.getDivision(MembershipGroup.GROUP_ID).getGroup().getPeers().stream()
                    .map(RaftPeer::getId).map(RaftPeerId::toString).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public CompletableFuture<CommandResult> submit(MembershipCommand command) {
        RaftClientRequest request = RaftClientRequest.newBuilder()
                .setClientId(clientId)
                .setServerId(server.getId())
                .setGroupId(MembershipGroup.GROUP_ID)
                .setCallId(callIds.incrementAndGet())
                .setMessage(Message.valueOf(ByteString.copyFrom(StateCodec.encode(command))))
                .setType(RaftClientRequest.writeRequestType())
                .build();
        CompletableFuture<RaftClientReply> reply;
        try {
            reply = server.submitClientRequestAsync(request);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return reply.orTimeout(SUBMIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).thenApply(this::result);
    }

    private CommandResult result(RaftClientReply reply) {
        if (reply.getNotLeaderException() != null) {
            RaftPeer suggested = reply.getNotLeaderException().getSuggestedLeader();
            throw new NotLeaderException(suggested == null ? null : suggested.getId().toString());
        }
        if (!reply.isSuccess()) {
            throw new IllegalStateException("metadata log rejected the command", reply.getException());
        }
        return StateCodec.decodeResult(reply.getMessage().getContent().toByteArray());
    }

    private Optional<DivisionInfo> info() {
        try {
            return Optional.of(server.getDivision(MembershipGroup.GROUP_ID).getInfo());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
