package io.cairndb.node.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A one-replica data group in its own JVM, for crash tests: started with
 * {@code <dir> <snapshotEvery> <raftPort>}, prints {@code READY <group id> <gRPC port>} once its
 * gRPC service listens (on a port the kernel picked), then serves until killed (or until its
 * stdin closes).
 */
public final class GroupProcess {
    private GroupProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long snapshotEvery = Long.parseLong(args[1]);
        int raftPort = Integer.parseInt(args[2]);
        try (RaftGroupCluster cluster =
                     RaftGroupCluster.start(dir, snapshotEvery, new int[] {raftPort}, new int[] {0})) {
            System.out.println("READY " + cluster.groupId + " " + cluster.grpcPorts()[0]);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent kills this process or closes our stdin
            }
        }
    }
}
