package io.cairndb.replication.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.retry.RetryPolicy;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.junit.jupiter.api.Test;

class CairnRaftPropertiesTest {

    @Test
    void serverSettingsAreLinearizableWithSnapshotsPurgeAndInstall() {
        RaftProperties p = CairnRaftProperties.server()
                .storageDir(Path.of("/tmp/cairn-raft"))
                .host("127.0.0.2")
                .raftPort(7001)
                .snapshotEvery(500)
                .build();
        assertThat(RaftServerConfigKeys.Read.option(p)).isEqualTo(RaftServerConfigKeys.Read.Option.LINEARIZABLE);
        assertThat(RaftServerConfigKeys.Rpc.timeoutMin(p).toLong(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(1000);
        assertThat(RaftServerConfigKeys.Rpc.timeoutMax(p).toLong(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(2000);
        assertThat(RaftServerConfigKeys.Snapshot.autoTriggerEnabled(p)).isTrue();
        assertThat(RaftServerConfigKeys.Snapshot.autoTriggerThreshold(p)).isEqualTo(500);
        assertThat(RaftServerConfigKeys.Log.purgeUptoSnapshotIndex(p)).isTrue();
        assertThat(RaftServerConfigKeys.Log.Appender.installSnapshotEnabled(p)).isTrue();
        assertThat(GrpcConfigKeys.Server.host(p)).isEqualTo("127.0.0.2");
        assertThat(GrpcConfigKeys.Server.port(p)).isEqualTo(7001);
        assertThat(RaftServerConfigKeys.storageDir(p)).containsExactly(Path.of("/tmp/cairn-raft").toFile());
        assertThat(RaftServerConfigKeys.closeThreshold(p).toLong(java.util.concurrent.TimeUnit.DAYS))
                .as("a long JVM pause never closes the server").isGreaterThanOrEqualTo(365);
    }

    @Test
    void electionTimeoutsAreOverridableButMustBeAnInterval() {
        RaftProperties p = CairnRaftProperties.server().storageDir(Path.of("/tmp/x")).raftPort(1)
                .electionTimeout(Duration.ofMillis(1500), Duration.ofMillis(3000)).build();
        assertThat(RaftServerConfigKeys.Rpc.timeoutMax(p).toLong(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(3000);
        assertThatThrownBy(() -> CairnRaftProperties.server().electionTimeout(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CairnRaftProperties.server().storageDir(Path.of("/tmp/x")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clientRetriesAreBounded() {
        RetryPolicy policy = CairnRaftProperties.boundedRetry(Duration.ofSeconds(2), Duration.ofMillis(100));
        // 2 s of 100 ms sleeps: 20 attempts in all, then the caller gets the failure.
        assertThat(policy.handleAttemptFailure(failedAttempt(19)).shouldRetry()).isTrue();
        assertThat(policy.handleAttemptFailure(failedAttempt(20)).shouldRetry()).isFalse();
    }

    private static RetryPolicy.Event failedAttempt(int attempt) {
        return new RetryPolicy.Event() {
            @Override
            public int getAttemptCount() {
                return attempt;
            }
        };
    }
}
