package io.cairndb.node;

import java.util.ArrayList;
import java.util.List;

/** One membership voter as the {@code --seeds} flag names it: {@code nodeId=host:raftPort:grpcPort}. */
public record SeedNode(String nodeId, HostPort raftAddress, HostPort grpcAddress) {

    /** Parses {@code n1=127.0.0.2:7001:7002,n2=...}. */
    public static List<SeedNode> parseList(String text) {
        List<SeedNode> seeds = new ArrayList<>();
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                seeds.add(parse(entry.strip()));
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seeds in '" + text + "'");
        }
        return List.copyOf(seeds);
    }

    static SeedNode parse(String entry) {
        int eq = entry.indexOf('=');
        String[] hostPorts = eq < 0 ? new String[0] : entry.substring(eq + 1).split(":");
        if (eq <= 0 || hostPorts.length != 3) {
            throw new IllegalArgumentException("expected nodeId=host:raftPort:grpcPort, got '" + entry + "'");
        }
        try {
            String host = hostPorts[0];
            return new SeedNode(entry.substring(0, eq), new HostPort(host, Integer.parseInt(hostPorts[1])),
                    new HostPort(host, Integer.parseInt(hostPorts[2])));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in '" + entry + "'", e);
        }
    }

    @Override
    public String toString() {
        return nodeId + "=" + raftAddress.host() + ":" + raftAddress.port() + ":" + grpcAddress.port();
    }
}
