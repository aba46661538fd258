package io.cairndb.membership;

import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.CommandResult;
import io.cairndb.membership.state.MembershipCommand;
import io.cairndb.membership.state.Outcome;
import io.cairndb.membership.state.StateCodec;
import io.cairndb.replication.raft.PausableStateMachine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.ratis.io.MD5Hash;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftGroupMemberId;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.raftlog.RaftLog;
import org.apache.ratis.server.storage.FileInfo;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.SnapshotRetentionPolicy;
import org.apache.ratis.statemachine.StateMachineStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.SimpleStateMachineStorage;
import org.apache.ratis.statemachine.impl.SingleFileSnapshotInfo;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.LifeCycle;
import org.apache.ratis.util.MD5FileUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metadata group's state machine. The state is small, so it lives in memory as one
 * immutable {@link ClusterState}; a snapshot writes all of it to one JSON file in the state
 * machine storage, and start-up (or a snapshot install) loads the latest one, after which
 * Ratis replays the log from there.
 *
 * <p>Log entries are {@link MembershipCommand}s as JSON ({@link StateCodec}); the reply message
 * is the JSON {@link CommandResult}. A read-only {@link #query} answers the state as JSON.
 */
public final class MembershipStateMachine extends PausableStateMachine {
    private static final Logger LOG = LoggerFactory.getLogger(MembershipStateMachine.class);
    private static final SnapshotRetentionPolicy KEEP_TWO = new SnapshotRetentionPolicy() {
        @Override
        public int getNumSnapshotsRetained() {
            return 2;
        }
    };

    private final SimpleStateMachineStorage storage = new SimpleStateMachineStorage();
    private final List<Consumer<ClusterState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> leaderListeners = new CopyOnWriteArrayList<>();
    /** Guards {@link #state} together with the last applied index. */
    private final Object lock = new Object();
    private volatile ClusterState state = ClusterState.EMPTY;

    public MembershipStateMachine() {
    }

    /** The latest applied state. */
    public ClusterState state() {
        return state;
    }

    /** Called after every applied change, on the applying thread: keep it short. */
    public void addStateListener(Consumer<ClusterState> listener) {
        stateListeners.add(listener);
    }

    /** Called when this group's leader changes (any replica). */
    public void addLeaderChangeListener(Runnable listener) {
        leaderListeners.add(listener);
    }

    @Override
    public void initialize(RaftServer server, RaftGroupId groupId, RaftStorage raftStorage) throws IOException {
        super.initialize(server, groupId, raftStorage);
        storage.init(raftStorage);
        getLifeCycle().startAndTransition(this::loadLatestSnapshot);
    }


    /** After a snapshot install: load it, then run again. */
    @Override
    public void reinitialize() throws IOException {
        loadLatestSnapshot();
        LifeCycle lifeCycle = getLifeCycle();
        if (lifeCycle.getCurrentState() == LifeCycle.State.PAUSED) {
            lifeCycle.transition(LifeCycle.State.STARTING);
            lifeCycle.transition(LifeCycle.State.RUNNING);
        }
    }

    @Override
    public CompletableFuture<Message> applyTransaction(TransactionContext trx) {
        LogEntryProto entry = trx.getLogEntry();
        CommandResult result;
        ClusterState changed = null;
        synchronized (lock) {
            if (entry.getIndex() <= appliedIndex()) {
                // Replayed from before the loaded snapshot: already in the state.
                return CompletableFuture.completedFuture(Message.EMPTY);
            }
            MembershipCommand command =
                    StateCodec.decodeCommand(entry.getStateMachineLogEntry().getLogData().toByteArray());
            Outcome outcome = command.applyTo(state);
            if (outcome.state() != state) {
                state = outcome.state();
                changed = state;
            }
            result = outcome.result();
            updateLastAppliedTermIndex(entry.getTerm(), entry.getIndex());
        }
        if (changed != null) {
            notifyListeners(changed);
        }
        return CompletableFuture.completedFuture(Message.valueOf(ByteString.copyFrom(StateCodec.encode(result))));
    }

    /** Ignores indexes at or below the applied one (replays below a loaded snapshot). */
    @Override
    public void notifyTermIndexUpdated(long term, long index) {
        synchronized (lock) {
            if (index > appliedIndex()) {
                super.notifyTermIndexUpdated(term, index);
            }
        }
    }

    @Override
    public CompletableFuture<Message> query(Message request) {
        return CompletableFuture.completedFuture(Message.valueOf(ByteString.copyFrom(StateCodec.encode(state))));
    }

    @Override
    public void notifyLeaderChanged(RaftGroupMemberId groupMemberId, RaftPeerId newLeaderId) {
        for (Runnable listener : leaderListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("leader-change listener failed: {}", e.toString());
            }
        }
    }

    @Override
    public long takeSnapshot() throws IOException {
        ClusterState snapshotState;
        TermIndex applied;
        synchronized (lock) {
            snapshotState = state;
            applied = getLastAppliedTermIndex();
        }
        if (applied == null || applied.getIndex() < 0) {
            return RaftLog.INVALID_LOG_INDEX;
        }
        File file = storage.getSnapshotFile(applied.getTerm(), applied.getIndex());
        File tmp = new File(file.getParentFile(), file.getName() + ".tmp");
        Files.write(tmp.toPath(), StateCodec.encode(snapshotState));
        Files.move(tmp.toPath(), file.toPath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        MD5Hash md5 = MD5FileUtil.computeAndSaveMd5ForFile(file);
        storage.updateLatestSnapshot(new SingleFileSnapshotInfo(new FileInfo(file.toPath(), md5), applied));
        storage.cleanupOldSnapshots(KEEP_TWO);
        return applied.getIndex();
    }

    @Override
    public SingleFileSnapshotInfo getLatestSnapshot() {
        return storage.getLatestSnapshot();
    }

    @Override
    public StateMachineStorage getStateMachineStorage() {
        return storage;
    }

    /** The last applied log index, -1 before anything. */
    public long appliedIndex() {
        TermIndex applied = getLastAppliedTermIndex();
        return applied == null ? RaftLog.INVALID_LOG_INDEX : applied.getIndex();
    }

    private void loadLatestSnapshot() throws IOException {
        SingleFileSnapshotInfo snapshot = storage.loadLatestSnapshot();
        if (snapshot == null) {
            return;
        }
        File file = snapshot.getFile().getPath().toFile();
        if (snapshot.hasMd5()) {
            MD5FileUtil.verifySavedMD5(file, snapshot.getFile().getFileDigest());
        }
        ClusterState loaded = StateCodec.decodeState(Files.readAllBytes(file.toPath()));
        synchronized (lock) {
            state = loaded;
            setLastAppliedTermIndex(snapshot.getTermIndex());
        }
        notifyListeners(loaded);
    }

    /** A failing listener must not fail the apply: that would stop this replica of the group. */
    private void notifyListeners(ClusterState changed) {
        for (Consumer<ClusterState> listener : stateListeners) {
            try {
                listener.accept(changed);
            } catch (RuntimeException e) {
                LOG.warn("state listener failed: {}", e.toString());
            }
        }
    }
}
