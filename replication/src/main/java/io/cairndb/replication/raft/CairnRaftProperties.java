package io.cairndb.replication.raft;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.retry.RetryPolicy;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.util.SizeInBytes;
import org.apache.ratis.util.TimeDuration;

/**
 * The one place for CairnDB's Ratis settings, for servers ({@link #server()}) and clients
 * ({@link #clientProperties}, {@link #boundedRetry}).
 *
 * <ul>
 *   <li>gRPC transport on the node's raft host and port;</li>
 *   <li>{@code raft.server.read.option=LINEARIZABLE}: read requests run a ReadIndex round, so
 *       a strong read on the leader sees every acknowledged write (the default reads the state
 *       machine directly, which a deposed leader could serve stale);</li>
 *   <li>election timeout 1–2 s: a leader killed with -9 is replaced in under 3 s, while a
 *       loaded 2-core machine does not hold spurious elections (150–300 ms did);</li>
 *   <li>snapshots every {@link Builder#snapshotEvery} entries, the log purged up to the
 *       snapshot, and snapshot install enabled so a lagging or new replica catches up;</li>
 *   <li>no self-close after a long JVM pause: by default Ratis closes the whole server after a
 *       pause over 60 s, leaving a node alive and placed but with no replica left (LongPauseTest
 *       caught it). A paused leader still steps down (after
 *       {@code raft.server.leaderelection.leader.step-down.wait-time}), and Raft itself is safe
 *       under pauses of any length;</li>
 *   <li>clients always get a bounded retry policy (Ratis' default retries forever).</li>
 * </ul>
 */
public final class CairnRaftProperties {
    public static final Duration DEFAULT_ELECTION_MIN = Duration.ofSeconds(1);
    public static final Duration DEFAULT_ELECTION_MAX = Duration.ofSeconds(2);
    /**
     * Entries between snapshots. A snapshot is a RocksDB checkpoint, which flushes the memtables:
     * too often makes many small files; too rarely makes restarts replay (skip) a long log tail.
     * Ratis counts every entry, including the metadata entry it adds per commit.
     */
    public static final long DEFAULT_SNAPSHOT_EVERY = 50_000;
    public static final SizeInBytes DEFAULT_SEGMENT_SIZE = SizeInBytes.valueOf("8MB");
    /** Server-side bound on a ReadIndex round and on a request waiting for its commit. */
    public static final Duration SERVER_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** Ratis' JVM-pause close threshold, set beyond any real pause: never close on a pause. */
    static final Duration NO_PAUSE_CLOSE = Duration.ofDays(365);

    private CairnRaftProperties() {
    }

    public static Builder server() {
        return new Builder();
    }

    /** Client properties: gRPC, and a per-request timeout (the retry policy bounds the attempts). */
    public static RaftProperties clientProperties(Duration requestTimeout) {
        RaftProperties properties = new RaftProperties();
        RaftConfigKeys.Rpc.setType(properties, SupportedRpcType.GRPC);
        RaftClientConfigKeys.Rpc.setRequestTimeout(properties, duration(requestTimeout));
        RaftClientConfigKeys.Rpc.setWatchRequestTimeout(properties, duration(requestTimeout));
        return properties;
    }

    /**
     * A retry policy that gives up once {@code deadline} has passed: attempts spaced by
     * {@code sleep}, at most {@code deadline / sleep} of them (at least one retry).
     */
    public static RetryPolicy boundedRetry(Duration deadline, Duration sleep) {
        int attempts = (int) Math.max(1, deadline.toMillis() / Math.max(1, sleep.toMillis()));
        return RetryPolicies.retryUpToMaximumCountWithFixedSleep(attempts, duration(sleep));
    }

    static TimeDuration duration(Duration duration) {
        return TimeDuration.valueOf(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Settings of one node's Raft server (all its groups share them). */
    public static final class Builder {
        private Path storageDir;
        private String host = "127.0.0.1";
        private int raftPort = -1;
        private Duration electionMin = DEFAULT_ELECTION_MIN;
        private Duration electionMax = DEFAULT_ELECTION_MAX;
        private long snapshotEvery = DEFAULT_SNAPSHOT_EVERY;
        private SizeInBytes segmentSize = DEFAULT_SEGMENT_SIZE;

        private Builder() {
        }

        /** Where Ratis keeps each group's log, metadata and state-machine files (one subdirectory per group). */
        public Builder storageDir(Path dir) {
            this.storageDir = dir;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder raftPort(int port) {
            this.raftPort = port;
            return this;
        }

        /** Election timeout range; a follower starts an election after a random wait in it. */
        public Builder electionTimeout(Duration min, Duration max) {
            if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("election timeout must be 0 < min <= max: " + min + ", " + max);
            }
            this.electionMin = min;
            this.electionMax = max;
            return this;
        }

        /** Take a snapshot (and purge the log up to it) every {@code entries} applied entries. */
        public Builder snapshotEvery(long entries) {
            if (entries < 1) {
                throw new IllegalArgumentException("snapshot threshold must be positive: " + entries);
            }
            this.snapshotEvery = entries;
            return this;
        }

        /**
         * Maximum size of a log segment. Only closed segments are purged, so tests that must
         * see a purge use small segments.
         */
        public Builder logSegmentSize(SizeInBytes size) {
            this.segmentSize = size;
            return this;
        }

        public RaftProperties build() {
            Objects.requireNonNull(storageDir, "storageDir");
            if (raftPort <= 0) {
                throw new IllegalArgumentException("raft port must be set: " + raftPort);
            }
            RaftProperties p = new RaftProperties();
            RaftConfigKeys.Rpc.setType(p, SupportedRpcType.GRPC);
            GrpcConfigKeys.Server.setHost(p, host);
            GrpcConfigKeys.Server.setPort(p, raftPort);
            RaftServerConfigKeys.setStorageDir(p, List.of(storageDir.toFile()));

            RaftServerConfigKeys.Read.setOption(p, RaftServerConfigKeys.Read.Option.LINEARIZABLE);
            RaftServerConfigKeys.Read.setTimeout(p, duration(SERVER_REQUEST_TIMEOUT));
            RaftServerConfigKeys.Rpc.setTimeoutMin(p, duration(electionMin));
            RaftServerConfigKeys.Rpc.setTimeoutMax(p, duration(electionMax));
            RaftServerConfigKeys.Rpc.setRequestTimeout(p, duration(SERVER_REQUEST_TIMEOUT));
            RaftServerConfigKeys.setCloseThreshold(p, duration(NO_PAUSE_CLOSE));

            RaftServerConfigKeys.Snapshot.setAutoTriggerEnabled(p, true);
            RaftServerConfigKeys.Snapshot.setAutoTriggerThreshold(p, snapshotEvery);
            RaftServerConfigKeys.Snapshot.setCreationGap(p, Math.min(snapshotEvery, 1024));
            RaftServerConfigKeys.Snapshot.setRetentionFileNum(p, 2);
            RaftServerConfigKeys.Log.setPurgeUptoSnapshotIndex(p, true);
            RaftServerConfigKeys.Log.setPurgeGap(p, (int) Math.min(snapshotEvery, 1024));
            RaftServerConfigKeys.Log.Appender.setInstallSnapshotEnabled(p, true);

            // Ratis's commit-index entries stay on (its default): they cost entries, but without them a
            // restarted replica knows nothing is committed until its leader's next append, and serves
            // eventual reads without acknowledged writes meanwhile (CairnServerTest caught it).
            RaftServerConfigKeys.Log.setLogMetadataEnabled(p, true);
            RaftServerConfigKeys.Log.setSegmentSizeMax(p, segmentSize);
            long preallocated = Math.min(segmentSize.getSize(), 4L << 20);
            RaftServerConfigKeys.Log.setPreallocatedSize(p, SizeInBytes.valueOf(preallocated));
            return p;
        }
    }
}
