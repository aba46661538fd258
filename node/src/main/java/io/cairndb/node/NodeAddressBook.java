package io.cairndb.node;

import io.cairndb.membership.Seeds;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.NodeInfo;
import io.cairndb.replication.service.LeaderAddresses;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Node id → gRPC address of that node, so a follower can tell a client where the leader is.
 * Starts with the seeds and learns every other node from the cluster maps the agent fetches.
 */
public final class NodeAddressBook implements LeaderAddresses {
    private final Map<String, String> grpcAddresses = new ConcurrentHashMap<>();

    public NodeAddressBook(Seeds seeds) {
        seeds.nodes().forEach(seed -> grpcAddresses.put(seed.nodeId(), seed.grpcAddress()));
    }

    public void update(ClusterMap map) {
        for (NodeInfo node : map.getNodesList()) {
            if (!node.getGrpcAddress().isEmpty()) {
                grpcAddresses.put(node.getNodeId(), node.getGrpcAddress());
            }
        }
    }

    public void put(String nodeId, HostPort grpcAddress) {
        grpcAddresses.put(nodeId, grpcAddress.toString());
    }

    @Override
    public String grpcAddress(String nodeId) {
        return grpcAddresses.get(nodeId);
    }
}
