package io.cairndb.membership.control;

import java.io.IOException;
import java.util.List;
import org.apache.ratis.protocol.RaftPeer;

/** Raft administration of a data group, as the controllers need it. */
public interface DataGroupAdmin {

    /**
     * Makes {@code newConfiguration} the group's voting members (returns once it is committed).
     *
     * @param reach      peers to send the request to (the leader among them is found)
     * @param leaderHint the reported leader's node id, or null
     */
    void setConfiguration(String groupId, List<RaftPeer> reach, String leaderHint, List<RaftPeer> newConfiguration)
            throws IOException;

    /** Asks the group's leader {@code currentLeader} to hand leadership to {@code newLeader}. */
    void transferLeadership(String groupId, List<RaftPeer> reach, String currentLeader, String newLeader)
            throws IOException;
}
