package io.cairndb.router.cluster;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Group leaders learnt from NOT_LEADER redirects, newer than the map (which learns leaders from
 * heartbeats, up to a heartbeat later): after a leader change only the first request of each
 * group pays the redirect. A hint is dropped when its address fails.
 */
final class LeaderHints {
    private final ConcurrentMap<String, String> leaders = new ConcurrentHashMap<>();

    /** The hinted leader address of the group, or null. */
    String leaderOf(String groupId) {
        return leaders.get(groupId);
    }

    void learn(String groupId, String address) {
        leaders.put(groupId, address);
    }

    void forget(String groupId, String address) {
        leaders.remove(groupId, address);
    }
}
