package io.cairndb.membership;

import com.google.protobuf.ByteString;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.membership.control.BalanceController;
import io.cairndb.membership.control.ClusterView;
import io.cairndb.membership.control.ControllerLoop;
import io.cairndb.membership.control.DataGroupAdmin;
import io.cairndb.membership.control.PlacementController;
import io.cairndb.membership.control.RatisDataGroupAdmin;
import io.cairndb.membership.control.RepairController;
import io.cairndb.membership.leader.LeaderSession;
import io.cairndb.membership.leader.MetadataDivision;
import io.cairndb.membership.leader.NodeAssignments;
import io.cairndb.membership.leader.NodeLiveness;
import io.cairndb.membership.leader.NotLeaderException;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.CommandResult;
import io.cairndb.membership.state.MembershipCommand;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.membership.table.TableDefinitionJson;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.DeleteTableRequest;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.HeartbeatRequest;
import io.cairndb.proto.MembershipGrpc;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.TableChangeReply;
import io.cairndb.proto.TableChangeRequest;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.ratis.server.RaftServer;

/**
 * The Membership gRPC service of one node that hosts the metadata group. Only the group's leader
 * serves; other replicas answer {@code NOT_LEADER} with the leader's gRPC address.
 *
 * <p>The leader keeps node liveness and group status from heartbeats in memory (a
 * {@link LeaderSession} per leadership term) and runs the controllers (placement, repair, leader
 * balancing) on its own scheduler, which {@link #close()} stops.
 *
 * <p>Liveness is time elapsed on this server, read from a monotonic source: a jump of its wall
 * clock would otherwise make every node look dead (forward: every replica repaired at once) or
 * dead nodes look alive (backward).
 */
public final class MembershipService extends MembershipGrpc.MembershipImplBase implements AutoCloseable {
    private static final long WAIT_SECONDS = 10;

    private final MetadataDivision division;
    private final MembershipStateMachine stateMachine;
    private final MembershipSettings settings;
    private final Seeds seeds;
    private final ControllerLoop controllers;
    private LeaderSession session;

    /**
     * @param server       the local RaftServer hosting the metadata group ({@link MembershipGroup#GROUP_ID})
     * @param stateMachine the metadata group's state machine on this server
     * @param seeds        the metadata group's hosts: gRPC addresses of leaders not yet registered
     */
    public MembershipService(RaftServer server, MembershipStateMachine stateMachine, MembershipSettings settings,
                             Seeds seeds) {
        this(server, stateMachine, settings, seeds, new RatisDataGroupAdmin());
    }

    /** With a chosen data-group admin (tests observe what the controllers do). */
    public MembershipService(RaftServer server, MembershipStateMachine stateMachine, MembershipSettings settings,
                             Seeds seeds, DataGroupAdmin admin) {
        this.division = new MetadataDivision(server);
        this.stateMachine = stateMachine;
        this.settings = settings;
        this.seeds = seeds;
        this.controllers = new ControllerLoop(this::leaderView, settings, List.of(
                new PlacementController(division, settings),
                new RepairController(division, admin)), new BalanceController(admin));
        stateMachine.addStateListener(state -> leading().ifPresent(this::refresh));
        stateMachine.addLeaderChangeListener(this::leading);
        controllers.start();
    }

    @Override
    public void heartbeat(HeartbeatRequest request, StreamObserver<HeartbeatReply> out) {
        NodeInfo node = request.getNode();
        if (node.getNodeId().isEmpty() || node.getRaftAddress().isEmpty() || node.getGrpcAddress().isEmpty()) {
            out.onError(Status.INVALID_ARGUMENT.withDescription("node id and addresses are required").asRuntimeException());
            return;
        }
        Optional<LeaderSession> leading = leading();
        if (leading.isEmpty()) {
            reply(out, HeartbeatReply.newBuilder().setFailure(notLeader(null)).build());
            return;
        }
        LeaderSession current = leading.get();
        current.liveness().record(new NodeLiveness.Heartbeat(
                node.getNodeId(), monotonicMillis(), node.getPid(), request.getGroupsList()));
        NodeRecord registration = new NodeRecord(node.getNodeId(), node.getRegion(), node.getAz(),
                node.getRaftAddress(), node.getGrpcAddress(), false);
        NodeRecord known = stateMachine.state().nodes().get(node.getNodeId());
        if (!registration.equals(known)) {
            Failure failure = await(() -> new MembershipCommand.RegisterNode(registration)).failure();
            if (failure != null) {
                reply(out, HeartbeatReply.newBuilder().setFailure(failure).build());
                return;
            }
        }
        ClusterState state = stateMachine.state();
        ClusterMap map = refresh(current);
        reply(out, HeartbeatReply.newBuilder()
                .addAllAssignments(NodeAssignments.assignments(state, node.getNodeId()))
                .addAllRemove(NodeAssignments.removals(state, node.getNodeId(), request.getGroupsList()))
                .setMapVersion(map.getVersion())
                .build());
    }

    @Override
    public void getClusterMap(GetClusterMapRequest request, StreamObserver<ClusterMapReply> out) {
        Optional<LeaderSession> leading = leading();
        reply(out, leading.isEmpty()
                ? ClusterMapReply.newBuilder().setFailure(notLeader(null)).build()
                : ClusterMapReply.newBuilder().setMap(refresh(leading.get())).build());
    }

    @Override
    public void watchClusterMap(GetClusterMapRequest request, StreamObserver<ClusterMapReply> out) {
        Optional<LeaderSession> leading = leading();
        if (leading.isEmpty()) {
            reply(out, ClusterMapReply.newBuilder().setFailure(notLeader(null)).build());
            return;
        }
        refresh(leading.get());
        leading.get().publisher().watch(request.getKnownVersion(), out);
    }

    @Override
    public void createTable(TableChangeRequest request, StreamObserver<TableChangeReply> out) {
        tableChange(out, () -> new MembershipCommand.CreateTable(
                TableDefinitionJson.fromJson(request.getDefinitionJson().toByteArray()), settings.partitionsPerTable()));
    }

    @Override
    public void updateTable(TableChangeRequest request, StreamObserver<TableChangeReply> out) {
        tableChange(out, () -> new MembershipCommand.UpdateTable(
                TableDefinitionJson.fromJson(request.getDefinitionJson().toByteArray())));
    }

    @Override
    public void deleteTable(DeleteTableRequest request, StreamObserver<TableChangeReply> out) {
        tableChange(out, () -> new MembershipCommand.DeleteTable(request.getTableName()));
    }

    /** Stops the controllers and ends the watches this server serves. */
    @Override
    public void close() {
        controllers.close();
        synchronized (this) {
            if (session != null) {
                session.close();
                session = null;
            }
        }
    }

    private void tableChange(StreamObserver<TableChangeReply> out, Supplier<MembershipCommand> command) {
        Optional<LeaderSession> leading = leading();
        if (leading.isEmpty()) {
            reply(out, TableChangeReply.newBuilder().setFailure(notLeader(null)).build());
            return;
        }
        Submitted submitted = await(command);
        if (submitted.failure() != null) {
            reply(out, TableChangeReply.newBuilder().setFailure(submitted.failure()).build());
            return;
        }
        CommandResult result = submitted.result();
        TableChangeReply.Builder reply = TableChangeReply.newBuilder();
        switch (result.status()) {
            case OK -> reply.setDefinitionJson(ByteString.copyFrom(TableDefinitionJson.toJson(result.table())))
                    .setMap(refresh(leading.get()));
            case DYNAMODB -> reply.setFailure(Failure.newBuilder().setKind(Failure.Kind.DYNAMODB)
                    .setErrorCode(result.errorCode()).setMessage(result.message()));
            case REJECTED -> reply.setFailure(unavailable(result.message()));
        }
        reply(out, reply.build());
    }

    /** The outcome of submitting a command: a result, or the Failure to answer with. */
    private record Submitted(CommandResult result, Failure failure) {
    }

    private Submitted await(Supplier<MembershipCommand> command) {
        MembershipCommand built;
        try {
            built = command.get();
        } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
            ValidationException invalid = new ValidationException("Invalid table definition: " + e.getMessage());
            return new Submitted(null, Failure.newBuilder().setKind(Failure.Kind.DYNAMODB)
                    .setErrorCode(invalid.errorCode()).setMessage(invalid.getMessage()).build());
        }
        try {
            return new Submitted(division.submit(built).get(WAIT_SECONDS, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotLeaderException notLeader) {
                return new Submitted(null, notLeader(notLeader.leaderId()));
            }
            return new Submitted(null, unavailable("metadata log: " + e.getCause()));
        } catch (TimeoutException e) {
            return new Submitted(null, unavailable("metadata log did not answer in " + WAIT_SECONDS + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Submitted(null, unavailable("interrupted"));
        }
    }

    /**
     * This server's session when it leads the metadata group (and has applied its term's first
     * entry); a new term starts a new session and ends the old one.
     */
    synchronized Optional<LeaderSession> leading() {
        Optional<Long> term = division.readyLeaderTerm();
        if (session != null && (term.isEmpty() || term.get() != session.term())) {
            session.close();
            session = null;
        }
        if (term.isPresent() && session == null) {
            session = LeaderSession.start(term.get(), monotonicMillis(), settings);
        }
        return Optional.ofNullable(session);
    }

    private Optional<ClusterView> leaderView() {
        return leading().map(s -> {
            refresh(s); // node states change with time alone: SUSPECT and DEAD get published
            return ClusterView.of(stateMachine.state(), s.liveness(), monotonicMillis());
        });
    }

    private ClusterMap refresh(LeaderSession current) {
        return current.publisher().refresh(stateMachine.state(), current.liveness(), monotonicMillis(),
                division.localId(), division.voters());
    }

    /**
     * Why this server does not serve: NOT_LEADER (with the leader's address when known), or
     * UNAVAILABLE while it has just been elected and not yet applied its term's first entry.
     */
    private Failure notLeader(String knownLeader) {
        String leaderId = knownLeader != null ? knownLeader : division.leaderId().orElse(null);
        if (division.localId().equals(leaderId)) {
            return unavailable("membership leader is starting its term");
        }
        Failure.Builder failure = Failure.newBuilder().setKind(Failure.Kind.NOT_LEADER)
                .setMessage("not the membership leader");
        if (leaderId != null) {
            failure.setLeaderId(leaderId);
            grpcAddress(leaderId).ifPresent(failure::setLeaderAddress);
        }
        return failure.build();
    }

    private Optional<String> grpcAddress(String nodeId) {
        NodeRecord node = stateMachine.state().nodes().get(nodeId);
        if (node != null) {
            return Optional.of(node.grpcAddress());
        }
        return seeds.find(nodeId).map(SeedNode::grpcAddress);
    }

    /** Milliseconds on this server's monotonic clock: only differences mean anything. */
    private static long monotonicMillis() {
        return System.nanoTime() / 1_000_000;
    }

    private static Failure unavailable(String message) {
        return Failure.newBuilder().setKind(Failure.Kind.UNAVAILABLE).setMessage(message).build();
    }

    private static <T> void reply(StreamObserver<T> out, T reply) {
        out.onNext(reply);
        out.onCompleted();
    }
}
