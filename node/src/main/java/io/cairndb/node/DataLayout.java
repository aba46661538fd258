package io.cairndb.node;

import java.nio.file.Path;
import org.apache.ratis.protocol.RaftGroupId;

/**
 * Where a node keeps its files: Ratis storage (logs, snapshots, one directory per group) under
 * {@code raft/}, and each data group's RocksDB under {@code groups/<groupId>/}.
 */
public record DataLayout(Path root) {
    public Path raftDir() {
        return root.resolve("raft");
    }

    public Path groupsDir() {
        return root.resolve("groups");
    }

    public Path groupDir(RaftGroupId groupId) {
        return groupsDir().resolve(groupId.getUuid().toString());
    }
}
