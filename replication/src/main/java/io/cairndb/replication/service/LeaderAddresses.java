package io.cairndb.replication.service;

/**
 * Where a node serves gRPC, so that a follower can tell the caller where the leader is. The host
 * implements it from the cluster map (node id = the Ratis peer id).
 */
@FunctionalInterface
public interface LeaderAddresses {

    /** The {@code host:port} of {@code nodeId}'s gRPC service, or null when unknown. */
    String grpcAddress(String nodeId);
}
