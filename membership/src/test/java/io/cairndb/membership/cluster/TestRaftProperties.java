package io.cairndb.membership.cluster;

import io.cairndb.replication.raft.CairnRaftProperties;
import java.io.File;
import java.util.function.UnaryOperator;
import org.apache.ratis.conf.RaftProperties;

/** The production Ratis server settings (1-2 s elections, snapshots, install), on a test's storage and port. */
final class TestRaftProperties {
    private TestRaftProperties() {
    }

    static RaftProperties server(File storage, int raftPort) {
        return server(storage, raftPort, UnaryOperator.identity());
    }

    /** With some settings changed, e.g. tiny snapshot intervals to force a snapshot install. */
    static RaftProperties server(File storage, int raftPort, UnaryOperator<CairnRaftProperties.Builder> tune) {
        return tune.apply(CairnRaftProperties.server().storageDir(storage.toPath()).host("127.0.0.1").raftPort(raftPort))
                .build();
    }
}
