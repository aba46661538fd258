package io.cairndb.membership.cluster;

import io.cairndb.replication.raft.CairnRaftProperties;
import java.io.File;
import org.apache.ratis.conf.RaftProperties;

/** The production Ratis server settings (1-2 s elections, snapshots, install), on a test's storage and port. */
final class TestRaftProperties {
    private TestRaftProperties() {
    }

    static RaftProperties server(File storage, int raftPort) {
        return CairnRaftProperties.server().storageDir(storage.toPath()).host("127.0.0.1").raftPort(raftPort).build();
    }
}
