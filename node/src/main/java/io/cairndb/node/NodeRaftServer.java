package io.cairndb.node;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.node.net.PeerLinks;
import io.cairndb.node.net.RaftPeerLinkInterceptor;
import io.cairndb.replication.raft.CairnRaftProperties;
import java.io.IOException;
import org.apache.ratis.conf.Parameters;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.StateMachine;

/**
 * Builds the node's one Ratis server. Seeds are given the metadata group so a fresh cluster can
 * elect its first membership leader; with {@code RECOVER}, every group already in the raft
 * storage directory (the metadata group on a restart, and every data group) is recovered by
 * Ratis itself, and a group named here but absent from storage is formatted.
 */
final class NodeRaftServer {
    private NodeRaftServer() {
    }

    static RaftServer build(NodeSettings settings, StateMachine.Registry stateMachines, PeerLinks links)
            throws IOException {
        RaftServer.Builder builder = RaftServer.newBuilder()
                .setServerId(RaftPeerId.valueOf(settings.nodeId()))
                .setProperties(properties(settings))
                .setStateMachineRegistry(stateMachines)
                .setOption(RaftStorage.StartupOption.RECOVER);
        if (settings.isSeed()) {
            builder.setGroup(MembershipGroup.group(settings.seeds()));
        }
        if (links != PeerLinks.ALL_UP) {
            Parameters parameters = new Parameters();
            GrpcConfigKeys.Server.setServicesCustomizer(parameters, RaftPeerLinkInterceptor.customizer(links));
            builder.setParameters(parameters);
        }
        return builder.build();
    }

    private static RaftProperties properties(NodeSettings settings) {
        RaftProperties properties = CairnRaftProperties.server()
                .storageDir(settings.raftDir())
                .host(settings.host())
                .raftPort(settings.raftPort())
                .build();
        settings.raftOverrides().forEach(properties::set);
        return properties;
    }
}
