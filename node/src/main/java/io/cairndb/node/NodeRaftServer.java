package io.cairndb.node;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.replication.raft.CairnRaftProperties;
import java.io.IOException;
import java.util.List;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.server.storage.RaftStorage;

/**
 * Builds the node's one Ratis server. Seeds are given the metadata group so a fresh cluster can
 * elect its first membership leader; every group already in the raft storage directory (the
 * metadata group on a restart, and every data group) is recovered by Ratis itself.
 */
final class NodeRaftServer {
    private NodeRaftServer() {
    }

    static RaftServer build(NodeSettings settings) throws IOException {
        RaftServer.Builder builder = RaftServer.newBuilder()
                .setServerId(RaftPeerId.valueOf(settings.nodeId()))
                .setProperties(properties(settings))
                .setStateMachineRegistry(new GroupStateMachines(settings))
                .setOption(RaftStorage.StartupOption.RECOVER);
        if (settings.isSeed()) {
            builder.setGroup(metadataGroup(settings.seeds()));
        }
        return builder.build();
    }

    static RaftGroup metadataGroup(List<SeedNode> seeds) {
        return RaftGroup.valueOf(MembershipGroup.GROUP_ID, seeds.stream()
                .map(seed -> RaftPeer.newBuilder().setId(seed.nodeId()).setAddress(seed.raftAddress().toString()).build())
                .toList());
    }

    private static RaftProperties properties(NodeSettings settings) {
        RaftProperties properties = CairnRaftProperties.create();
        RaftServerConfigKeys.setStorageDir(properties, List.of(settings.layout().raftDir().toFile()));
        GrpcConfigKeys.Server.setHost(properties, settings.host());
        GrpcConfigKeys.Server.setPort(properties, settings.raftPort());
        settings.raftOverrides().forEach(properties::set);
        return properties;
    }
}
