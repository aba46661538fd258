package io.cairndb.node;

import io.cairndb.proto.FollowerProgress;
import io.cairndb.proto.GroupStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.ratis.proto.RaftProtos.RoleInfoProto;
import org.apache.ratis.proto.RaftProtos.ServerRpcProto;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.server.DivisionInfo;
import org.apache.ratis.server.RaftServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the heartbeat status of every group a Ratis server hosts. A replica Ratis closed is left
 * out: it keeps the role it had, and a closed "leader" would send routers to a dead replica (the
 * reconciler reopens it, and the next beat reports it again).
 */
final class GroupStatusReader {
    private static final Logger LOG = LoggerFactory.getLogger(GroupStatusReader.class);

    private final RaftServer server;

    GroupStatusReader(RaftServer server) {
        this.server = server;
    }

    List<GroupStatus> readAll() {
        List<GroupStatus> statuses = new ArrayList<>();
        for (RaftGroupId groupId : server.getGroupIds()) {
            try {
                RaftServer.Division division = server.getDivision(groupId);
                if (!division.getInfo().getLifeCycleState().isClosingOrClosed()) {
                    statuses.add(read(division));
                }
            } catch (IOException | RuntimeException e) {
                // Removed, still starting or closing between listing and reading: next beat reports it.
                LOG.debug("event=group_status_skipped group={} cause={}", groupId, e.toString());
            }
        }
        return statuses;
    }

    static GroupStatus read(RaftServer.Division division) {
        DivisionInfo info = division.getInfo();
        GroupStatus.Builder status = GroupStatus.newBuilder()
                .setGroupId(division.getGroup().getGroupId().getUuid().toString())
                .setRole(info.getCurrentRole().name())
                .setTerm(info.getCurrentTerm())
                .setCommitIndex(division.getRaftLog().getLastCommittedIndex())
                .setAppliedIndex(info.getLastAppliedIndex());
        if (info.isLeader()) {
            status.addAllFollowers(followers(info));
        }
        return status.build();
    }

    /**
     * Pairs the leader's follower list with its match indexes: Ratis builds both from the same
     * ordered list of log appenders. When leadership or the configuration changes between the
     * reads (no match indexes, or lengths that differ) this heartbeat reports no progress rather
     * than a wrong pairing.
     */
    private static List<FollowerProgress> followers(DivisionInfo info) {
        RoleInfoProto role = info.getRoleInfoProto();
        List<ServerRpcProto> peers = role.getLeaderInfo().getFollowerInfoList();
        long[] matchIndexes = info.getFollowerMatchIndices();
        if (matchIndexes == null || peers.size() != matchIndexes.length) {
            return List.of();
        }
        List<FollowerProgress> progress = new ArrayList<>(peers.size());
        for (int i = 0; i < peers.size(); i++) {
            progress.add(FollowerProgress.newBuilder()
                    .setNodeId(peers.get(i).getId().getId().toStringUtf8())
                    .setMatchIndex(matchIndexes[i])
                    .build());
        }
        return progress;
    }
}
