package io.cairndb.membership.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.control.RatisDataGroupAdmin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.util.ExitUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controllers' Raft admin against a real data group over gRPC: a replacement that started
 * the group with the target peers (as a heartbeat assignment tells it) is made a voter in place
 * of a stopped one, then leadership moves to it.
 */
class RatisDataGroupAdminTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final RaftGroupId GROUP = RaftGroupId.randomId();

    @TempDir
    Path dir;

    private final Map<String, RaftServer> servers = new TreeMap<>();
    private final Map<String, RaftPeer> peers = new TreeMap<>();

    @AfterEach
    void close() throws IOException {
        for (RaftServer server : servers.values()) {
            server.close();
        }
    }

    private void start(String id, List<String> groupPeers) throws IOException {
        ExitUtils.disableSystemExit(); // a port taken meanwhile fails this test, not the whole test JVM
        RaftServer server = RaftServer.newBuilder()
                .setServerId(RaftPeerId.valueOf(id))
                .setGroup(RaftGroup.valueOf(GROUP, groupPeers.stream().map(peers::get).toList()))
                .setStateMachine(new BaseStateMachine())
                .setProperties(TestRaftProperties.server(dir.resolve(id).toFile(), port(id)))
                .setOption(RaftStorage.StartupOption.FORMAT)
                .build();
        server.start();
        servers.put(id, server);
    }

    private int port(String id) {
        String address = peers.get(id).getAddress();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    private org.apache.ratis.server.RaftServer.Division division(String id) {
        try {
            return servers.get(id).getDivision(GROUP);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> conf(String id) {
        return division(id).getRaftConf().getCurrentPeers().stream()
                .map(p -> p.getId().toString()).sorted().collect(Collectors.toList());
    }

    private String leader(String id) {
        RaftPeerId leader = division(id).getInfo().getLeaderId();
        return leader == null ? null : leader.toString();
    }

    @Test
    void replacesAStoppedVoterAndTransfersLeadership() throws Exception {
        for (String id : List.of("p1", "p2", "p3", "p4")) {
            peers.put(id, RaftPeer.newBuilder().setId(id).setAddress("127.0.0.1:" + MetadataCluster.freePort()).build());
        }
        for (String id : List.of("p1", "p2", "p3")) {
            start(id, List.of("p1", "p2", "p3"));
        }
        Await.until(WAIT, "a leader", () -> leader("p2") != null);
        servers.remove("p1").close(); // p1 dies
        // The replacement starts without peers, as a repair's newcomer does: told the target peers,
        // it could campaign before the leader reached it and be told to shut down for good.
        start("p4", List.of());

        RatisDataGroupAdmin admin = new RatisDataGroupAdmin();
        List<RaftPeer> reach = new ArrayList<>(List.of(peers.get("p2"), peers.get("p3"), peers.get("p4")));
        admin.setConfiguration(GROUP.getUuid().toString(), reach, null,
                List.of(peers.get("p4"), peers.get("p2"), peers.get("p3")));

        assertThat(conf("p2")).containsExactly("p2", "p3", "p4");
        Await.until(WAIT, "p4 learns the configuration", () -> conf("p4").equals(List.of("p2", "p3", "p4")));
        String current = Await.until(WAIT, "a leader among p2..p4",
                () -> java.util.Optional.ofNullable(leader("p2")).filter(l -> !l.equals("p1")));
        String target = current.equals("p4") ? "p3" : "p4";
        admin.transferLeadership(GROUP.getUuid().toString(), reach, current, target);
        Await.until(WAIT, target + " leads", () -> division(target).getInfo().isLeader());
    }
}
