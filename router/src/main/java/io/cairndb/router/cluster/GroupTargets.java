package io.cairndb.router.cluster;

import io.cairndb.proto.GroupInfo;
import java.util.List;
import java.util.function.Function;

/**
 * The replicas one data-plane request tries, in {@link ReplicaChooser} order, re-resolved from
 * the newest map before each attempt (a refresh may have moved the group or its leader). A
 * redirect pins the next attempt to the named leader; a failed replica moves the request to the
 * next one; a stale-map answer refreshes the map first.
 */
final class GroupTargets implements Targets {

    /** Which replica a request needs. */
    enum Route {
        /** Writes and consistent reads: only the leader serves them. */
        LEADER,
        /** Eventually consistent reads: any replica, nearest first. */
        NEAREST
    }

    private final MapCache maps;
    private final MapRefresher refresher;
    private final LeaderHints hints;
    private final String az;
    private final Route route;
    private final Function<ClusterMap, String> groupOf;
    private String groupId;
    private long mapVersion;
    private String pinned;
    private int rotation;

    /** @param groupOf the group serving the request in a given map */
    GroupTargets(MapCache maps, MapRefresher refresher, LeaderHints hints, String az, Route route,
                 Function<ClusterMap, String> groupOf) {
        this.maps = maps;
        this.refresher = refresher;
        this.hints = hints;
        this.az = az;
        this.route = route;
        this.groupOf = groupOf;
    }

    /** The group the last {@link #next()} resolved. */
    String groupId() {
        return groupId;
    }

    @Override
    public String next() {
        if (pinned != null) {
            return pinned;
        }
        ClusterMap map = maps.current();
        GroupInfo group = map.group(groupOf.apply(map));
        if (group == null) {
            refresher.refresh(map.version());
            map = maps.current();
            group = map.group(groupOf.apply(map));
        }
        mapVersion = map.version();
        if (group == null) {
            return null;
        }
        groupId = group.getGroupId();
        if (route == Route.LEADER) {
            String hinted = hints.leaderOf(groupId);
            if (hinted != null) {
                return hinted;
            }
        }
        List<String> order = route == Route.LEADER
                ? ReplicaChooser.leaderFirst(map, group)
                : ReplicaChooser.nearestFirst(map, group, az);
        return order.isEmpty() ? null : order.get(Math.floorMod(rotation, order.size()));
    }

    @Override
    public void succeeded(String address) {
        if (route == Route.LEADER) {
            hints.learn(groupId, address);
        }
    }

    @Override
    public String addressOf(String nodeId) {
        return maps.current().grpcAddressOf(nodeId);
    }

    @Override
    public void redirect(String leaderAddress) {
        pinned = leaderAddress;
        hints.learn(groupId, leaderAddress);
    }

    @Override
    public void missed(String address, Miss miss) {
        if (address.equals(pinned)) {
            pinned = null;
        }
        if (groupId != null) {
            hints.forget(groupId, address);
        }
        switch (miss) {
            case NOT_LEADER, GROUP_NOT_FOUND -> {
                refresher.refresh(mapVersion);
                rotation++;
            }
            case TRANSPORT -> rotation++;
            // A leader busy electing or stepping down is still the place to retry; any replica
            // can serve an eventual read, so that moves on.
            case UNAVAILABLE -> rotation += route == Route.NEAREST ? 1 : 0;
        }
    }
}
