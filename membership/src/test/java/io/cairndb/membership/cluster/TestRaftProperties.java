package io.cairndb.membership.cluster;

import java.io.File;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.util.TimeDuration;

/**
 * Minimal Ratis server settings for the metadata group in tests (gRPC, 1-2 s election timeout as
 * the design asks; shorter ones cause spurious elections on a loaded 2-core machine).
 */
final class TestRaftProperties {
    private TestRaftProperties() {
    }

    static RaftProperties server(File storage, int raftPort) {
        RaftProperties properties = new RaftProperties();
        RaftConfigKeys.Rpc.setType(properties, SupportedRpcType.GRPC);
        GrpcConfigKeys.Server.setPort(properties, raftPort);
        GrpcConfigKeys.Server.setHost(properties, "127.0.0.1");
        RaftServerConfigKeys.setStorageDir(properties, List.of(storage));
        RaftServerConfigKeys.Rpc.setTimeoutMin(properties, TimeDuration.valueOf(1, TimeUnit.SECONDS));
        RaftServerConfigKeys.Rpc.setTimeoutMax(properties, TimeDuration.valueOf(2, TimeUnit.SECONDS));
        // Ratis only snapshots at stop when auto-trigger is on.
        RaftServerConfigKeys.Snapshot.setAutoTriggerEnabled(properties, true);
        RaftServerConfigKeys.Snapshot.setTriggerWhenStopEnabled(properties, true);
        return properties;
    }
}
