package io.cairndb.node.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A one-replica data group in its own JVM, for crash tests: started with
 * {@code <dir> <snapshotEvery> <raftPort> <grpcPort>}, prints {@code READY} once its gRPC
 * service listens, then serves until killed (or until its stdin closes).
 */
public final class GroupProcess {
    private GroupProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long snapshotEvery = Long.parseLong(args[1]);
        int raftPort = Integer.parseInt(args[2]);
        int grpcPort = Integer.parseInt(args[3]);
        try (RaftGroupCluster cluster =
                     RaftGroupCluster.start(dir, snapshotEvery, new int[] {raftPort}, new int[] {grpcPort})) {
            System.out.println("READY " + cluster.groupId);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent kills this process or closes our stdin
            }
        }
    }
}
