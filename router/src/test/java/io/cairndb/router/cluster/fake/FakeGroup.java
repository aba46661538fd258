package io.cairndb.router.cluster.fake;

import io.cairndb.node.storage.LocalStorage;
import io.cairndb.proto.RequestId;
import io.cairndb.proto.WriteReply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One data group of a {@link FakeCluster}: its replicas, its leader and one real RocksDB store
 * that every replica serves (replication itself is not what these tests are about). Applied
 * writes are remembered by request id, as the real state machine does, so a retried write is
 * answered without applying again.
 */
public final class FakeGroup implements AutoCloseable {
    final String id;
    final String name;
    final List<String> replicas;
    final LocalStorage storage;
    final Map<RequestId, WriteReply> applied = new ConcurrentHashMap<>();
    /** The group's log: each applied write takes the next index, as a Raft entry would. */
    final AtomicLong logIndex = new AtomicLong();
    /** The leader as the nodes know it (the map may lag behind). */
    volatile String leader;

    FakeGroup(String id, String name, List<String> replicas, Path dataDir) {
        this.id = id;
        this.name = name;
        this.replicas = List.copyOf(replicas);
        this.leader = replicas.get(0);
        this.storage = LocalStorage.open(dataDir);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String leader() {
        return leader;
    }

    public List<String> replicas() {
        return replicas;
    }

    public LocalStorage storage() {
        return storage;
    }

    /** How many distinct write requests this group applied. */
    public int appliedWrites() {
        return applied.size();
    }

    @Override
    public void close() {
        storage.close();
    }
}
