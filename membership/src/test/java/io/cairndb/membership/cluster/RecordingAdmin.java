package io.cairndb.membership.cluster;

import io.cairndb.membership.control.DataGroupAdmin;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.ratis.protocol.RaftPeer;

/**
 * Stands in for the data groups' Raft admin where the data nodes are simulated (there are no
 * data Raft groups to reconfigure): records what the controllers asked for and succeeds.
 */
final class RecordingAdmin implements DataGroupAdmin {
    record Call(String kind, String groupId, List<String> peers) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void setConfiguration(String groupId, List<RaftPeer> reach, String leaderHint,
                                 List<RaftPeer> newConfiguration) {
        calls.add(new Call("setConfiguration", groupId, newConfiguration.stream().map(p -> p.getId().toString()).toList()));
    }

    @Override
    public void transferLeadership(String groupId, List<RaftPeer> reach, String currentLeader, String newLeader) {
        calls.add(new Call("transferLeadership", groupId, List.of(currentLeader, newLeader)));
    }
}
