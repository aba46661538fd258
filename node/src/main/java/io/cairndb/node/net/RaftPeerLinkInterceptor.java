package io.cairndb.node.net;

import org.apache.ratis.grpc.server.GrpcServices;
import org.apache.ratis.proto.RaftProtos.AppendEntriesRequestProto;
import org.apache.ratis.proto.RaftProtos.InstallSnapshotRequestProto;
import org.apache.ratis.proto.RaftProtos.RaftRpcRequestProto;
import org.apache.ratis.proto.RaftProtos.ReadIndexRequestProto;
import org.apache.ratis.proto.RaftProtos.RequestVoteRequestProto;
import org.apache.ratis.proto.RaftProtos.StartLeaderElectionRequestProto;
import org.apache.ratis.thirdparty.io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import org.apache.ratis.thirdparty.io.grpc.Metadata;
import org.apache.ratis.thirdparty.io.grpc.ServerCall;
import org.apache.ratis.thirdparty.io.grpc.ServerCallHandler;
import org.apache.ratis.thirdparty.io.grpc.ServerInterceptor;

/**
 * Drops the Raft messages (append, vote, snapshot, leader election, read index) whose sender is a
 * peer this node is cut from, as a lost packet would be: the sender's stream stays open and times
 * out. Installed on the node's Ratis server through Ratis' services customizer.
 */
public final class RaftPeerLinkInterceptor implements ServerInterceptor {
    private final PeerLinks links;

    private RaftPeerLinkInterceptor(PeerLinks links) {
        this.links = links;
    }

    /** A Ratis services customizer that installs the interceptor. */
    public static GrpcServices.Customizer customizer(PeerLinks links) {
        RaftPeerLinkInterceptor interceptor = new RaftPeerLinkInterceptor(links);
        return (builder, types) -> builder.intercept(interceptor);
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
            @Override
            public void onMessage(Q message) {
                RaftRpcRequestProto request = serverRequest(message);
                if (request == null || links.isUp(request.getRequestorId().toStringUtf8())) {
                    super.onMessage(message);
                }
            }
        };
    }

    /** The sender part of a server-to-server request; null for client and admin requests. */
    private static RaftRpcRequestProto serverRequest(Object message) {
        return switch (message) {
            case AppendEntriesRequestProto append -> append.getServerRequest();
            case RequestVoteRequestProto vote -> vote.getServerRequest();
            case InstallSnapshotRequestProto snapshot -> snapshot.getServerRequest();
            case StartLeaderElectionRequestProto election -> election.getServerRequest();
            case ReadIndexRequestProto readIndex -> readIndex.getServerRequest();
            default -> null;
        };
    }
}
