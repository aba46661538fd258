package io.cairndb.node.net;

/**
 * Whether this node takes traffic from a peer node. Every link is up in production. The chaos
 * tests' partition fault cuts links without root (where iptables cannot): the node then drops what
 * a cut peer sends it, and since the peer drops what this node sends, neither hears the other.
 * Clients (routers, tools) are never cut.
 */
@FunctionalInterface
public interface PeerLinks {
    PeerLinks ALL_UP = peer -> true;

    /** Whether traffic from the node {@code peerNodeId} gets through. */
    boolean isUp(String peerNodeId);
}
