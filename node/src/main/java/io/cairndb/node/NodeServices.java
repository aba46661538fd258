package io.cairndb.node;

import io.cairndb.membership.MembershipService;
import io.cairndb.replication.service.DataPlaneService;
import io.grpc.BindableService;
import org.apache.ratis.server.RaftServer;

/** The gRPC services a node serves. */
final class NodeServices {
    private NodeServices() {
    }

    static BindableService dataPlane(RaftServer raftServer, NodeAddressBook addresses) {
        return new DataPlaneService(raftServer, addresses::grpcAddress);
    }

    static BindableService membership(RaftServer raftServer, NodeSettings settings) {
        return new MembershipService(raftServer, settings.membership());
    }
}
