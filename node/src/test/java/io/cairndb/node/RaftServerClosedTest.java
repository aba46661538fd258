package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node notices when its Raft server closes under it (Ratis does that on its own in a few
 * cases), so `cairn node` can stop instead of running on as a replica of nothing.
 */
class RaftServerClosedTest {
    @TempDir
    Path dir;

    @Test
    void aRaftServerClosedUnderTheNodeIsNoticedButNotOneTheNodeClosed() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(dir, 1, MembershipSettings.defaults())) {
            NodeServer node = cluster.node("n1");
            assertThat(node.raftServerClosedUnderIt()).as("running").isFalse();

            node.raftServer().close();
            assertThat(node.raftServerClosedUnderIt()).as("closed under the node").isTrue();

            node.close();
            assertThat(node.raftServerClosedUnderIt()).as("the node closed it").isFalse();
        }
    }
}
