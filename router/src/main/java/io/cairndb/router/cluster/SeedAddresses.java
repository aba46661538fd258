package io.cairndb.router.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The gRPC addresses in a {@code --seeds} value: {@code nodeId=host:raftPort:grpcPort}, comma
 * separated. A router only needs the gRPC side (the membership service).
 */
final class SeedAddresses {
    private SeedAddresses() {
    }

    static List<String> grpcAddresses(String seeds) {
        List<String> addresses = new ArrayList<>();
        for (String entry : seeds.split(",")) {
            String seed = entry.strip();
            if (seed.isEmpty()) {
                continue;
            }
            int equals = seed.indexOf('=');
            String[] parts = seed.substring(equals + 1).split(":");
            if (equals <= 0 || parts.length != 3 || parts[0].isEmpty()) {
                throw new IllegalArgumentException("a seed is nodeId=host:raftPort:grpcPort, not '" + seed + "'");
            }
            addresses.add(parts[0] + ":" + port(parts[2], seed));
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no seeds in '" + seeds + "'");
        }
        return addresses;
    }

    private static int port(String text, String seed) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("bad gRPC port in seed '" + seed + "'");
    }
}
