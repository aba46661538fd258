package io.cairndb.membership.cluster;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.MembershipStateMachine;
import io.cairndb.membership.SeedNode;
import io.cairndb.membership.Seeds;
import io.cairndb.membership.control.DataGroupAdmin;
import io.cairndb.replication.net.FreePorts;
import io.cairndb.replication.raft.CairnRaftProperties;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** N metadata voters in this JVM over real gRPC on 127.0.0.1 free ports, each with its own storage. */
final class MetadataCluster implements AutoCloseable {
    final Seeds seeds;
    private final Path dir;
    private final MembershipSettings settings;
    private final DataGroupAdmin admin;
    private final UnaryOperator<CairnRaftProperties.Builder> raft;
    private final MetadataServer[] servers;

    MetadataCluster(int voters, Path dir, MembershipSettings settings, DataGroupAdmin admin) throws IOException {
        this(voters, dir, settings, admin, UnaryOperator.identity());
    }

    MetadataCluster(int voters, Path dir, MembershipSettings settings, DataGroupAdmin admin,
                    UnaryOperator<CairnRaftProperties.Builder> raft) throws IOException {
        List<SeedNode> nodes = new ArrayList<>();
        for (int i = 1; i <= voters; i++) {
            nodes.add(new SeedNode("m" + i, "127.0.0.1", freePort(), freePort()));
        }
        this.seeds = new Seeds(nodes);
        this.dir = dir;
        this.settings = settings;
        this.admin = admin;
        this.raft = raft;
        this.servers = new MetadataServer[voters];
        for (int i = 0; i < voters; i++) {
            start(i, true, new MembershipStateMachine());
        }
    }

    void start(int index, boolean fresh, MembershipStateMachine stateMachine) throws IOException {
        SeedNode seed = seeds.nodes().get(index);
        File storage = dir.resolve(seed.nodeId()).toFile();
        servers[index] = MetadataServer.start(seed, seeds, TestRaftProperties.server(storage, seed.raftPort(), raft),
                fresh, settings, admin, stateMachine);
    }

    void stop(int index) throws IOException {
        servers[index].close();
        servers[index] = null;
    }

    MetadataServer server(int index) {
        return servers[index];
    }

    Optional<Integer> leaderIndex() {
        for (int i = 0; i < servers.length; i++) {
            if (servers[i] != null && servers[i].isLeader()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    int size() {
        return servers.length;
    }

    @Override
    public void close() throws IOException {
        for (int i = 0; i < servers.length; i++) {
            if (servers[i] != null) {
                stop(i);
            }
        }
    }

    static int freePort() {
        return FreePorts.next("127.0.0.1");
    }
}
