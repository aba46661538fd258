package io.cairndb.membership;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;

/** The metadata Raft group: a fixed id every node and router knows, hosted by the seeds. */
public final class MembershipGroup {
    /** Fixed so that nodes started separately agree on it without talking first. */
    public static final RaftGroupId GROUP_ID =
            RaftGroupId.valueOf(UUID.nameUUIDFromBytes("cairndb-membership".getBytes(StandardCharsets.UTF_8)));

    private MembershipGroup() {
    }

    /** The metadata group with one voter per seed. */
    public static RaftGroup group(Seeds seeds) {
        return RaftGroup.valueOf(GROUP_ID, seeds.nodes().stream().map(SeedNode::raftPeer).toList());
    }

    /** The metadata group's id as group ids travel on the wire (UUID text). */
    public static final String GROUP_UUID = GROUP_ID.getUuid().toString();

    /**
     * The id of data group {@code name} ("g1", "g2", ...). Derived from the name so that a
     * placement retried after a leader change names the same groups.
     */
    public static RaftGroupId dataGroupId(String name) {
        return RaftGroupId.valueOf(
                UUID.nameUUIDFromBytes(("cairndb-data-" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses a group id as the wire carries it (UUID text). */
    public static RaftGroupId groupId(String uuid) {
        return RaftGroupId.valueOf(UUID.fromString(uuid));
    }
}
