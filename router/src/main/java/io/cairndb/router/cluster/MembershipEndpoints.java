package io.cairndb.router.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which node to send the next membership call to. Every call must reach the membership leader:
 * the last address that answered (or that a follower redirected to) first; otherwise the leader
 * the map names, the membership voters and the seeds, in turn, moving on after each failure.
 */
final class MembershipEndpoints implements Targets {
    private final List<String> seeds;
    private final MapCache maps;
    private final AtomicInteger rotation = new AtomicInteger();
    private volatile String preferred;

    MembershipEndpoints(List<String> seeds, MapCache maps) {
        this.seeds = List.copyOf(seeds);
        this.maps = maps;
    }

    @Override
    public String next() {
        String address = preferred;
        if (address != null) {
            return address;
        }
        List<String> candidates = candidates();
        return candidates.get(Math.floorMod(rotation.get(), candidates.size()));
    }

    @Override
    public String addressOf(String nodeId) {
        return maps.current().grpcAddressOf(nodeId);
    }

    @Override
    public void redirect(String address) {
        preferred = address;
    }

    /** {@code address} answered as the leader: keep using it. */
    @Override
    public void succeeded(String address) {
        preferred = address;
    }

    /** {@code address} failed or is not the leader and named none: try the next candidate. */
    @Override
    public void missed(String address, Miss miss) {
        if (Objects.equals(preferred, address)) {
            preferred = null;
        }
        rotation.incrementAndGet();
    }

    private List<String> candidates() {
        ClusterMap map = maps.current();
        Set<String> candidates = new LinkedHashSet<>();
        String leader = map.membershipLeaderAddress();
        if (leader != null) {
            candidates.add(leader);
        }
        candidates.addAll(map.membershipVoterAddresses());
        candidates.addAll(seeds);
        return List.copyOf(candidates);
    }
}
