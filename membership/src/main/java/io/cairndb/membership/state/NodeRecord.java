package io.cairndb.membership.state;

/**
 * A node as the metadata group knows it: identity, placement and addresses. {@code dead} is
 * the committed DEAD mark that repair acts on (liveness itself is the leader's soft state).
 */
public record NodeRecord(String nodeId, String region, String az, String raftAddress, String grpcAddress,
                         boolean dead) {

    public NodeRecord withDead(boolean value) {
        return new NodeRecord(nodeId, region, az, raftAddress, grpcAddress, value);
    }

    /** Same identity and addresses, ignoring the dead mark. */
    public boolean sameRegistration(NodeRecord other) {
        return other != null && nodeId.equals(other.nodeId) && region.equals(other.region) && az.equals(other.az)
                && raftAddress.equals(other.raftAddress) && grpcAddress.equals(other.grpcAddress);
    }
}
