package io.cairndb.membership;

import java.util.Objects;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;

/**
 * One seed of the metadata group: a node id with the host, Ratis port and gRPC port it serves
 * on. Written {@code nodeId=host:raftPort:grpcPort} in the {@code --seeds} flag.
 */
public record SeedNode(String nodeId, String host, int raftPort, int grpcPort) {

    public SeedNode {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(host, "host");
        if (nodeId.isBlank() || host.isBlank()) {
            throw new IllegalArgumentException("seed node id and host must not be blank");
        }
        checkPort(raftPort, "raft");
        checkPort(grpcPort, "grpc");
    }

    /** Parses {@code nodeId=host:raftPort:grpcPort}. */
    public static SeedNode parse(String text) {
        String spec = text.strip();
        int eq = spec.indexOf('=');
        String[] address = eq < 0 ? new String[0] : spec.substring(eq + 1).split(":", -1);
        if (eq <= 0 || address.length != 3) {
            throw new IllegalArgumentException(
                    "seed must be nodeId=host:raftPort:grpcPort, got '" + text + "'");
        }
        try {
            return new SeedNode(spec.substring(0, eq), address[0],
                    Integer.parseInt(address[1]), Integer.parseInt(address[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed ports must be numbers, got '" + text + "'", e);
        }
    }

    public String raftAddress() {
        return host + ":" + raftPort;
    }

    public String grpcAddress() {
        return host + ":" + grpcPort;
    }

    public RaftPeerId peerId() {
        return RaftPeerId.valueOf(nodeId);
    }

    /** The metadata group's peer for this seed (Ratis traffic only: no client address set). */
    public RaftPeer raftPeer() {
        return RaftPeer.newBuilder().setId(peerId()).setAddress(raftAddress()).build();
    }

    @Override
    public String toString() {
        return nodeId + "=" + host + ":" + raftPort + ":" + grpcPort;
    }

    private static void checkPort(int port, String what) {
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException(what + " port out of range: " + port);
        }
    }
}
