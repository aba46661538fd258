package io.cairndb.node.net;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Node-to-node calls on CairnDB's own gRPC services name the calling node in a header, so a node
 * can refuse the calls of peers it is cut from ({@link PeerLinks}). Calls without the header come
 * from clients and always get through.
 */
public final class PeerLinkHeaders {
    static final Metadata.Key<String> CALLER = Metadata.Key.of("cairn-caller-node", Metadata.ASCII_STRING_MARSHALLER);

    private PeerLinkHeaders() {
    }

    /** Adds {@code nodeId} as the caller of every call on a channel. */
    public static ClientInterceptor caller(String nodeId) {
        return new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
                return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        headers.put(CALLER, nodeId);
                        super.start(listener, headers);
                    }
                };
            }
        };
    }

    /** Refuses, as unreachable, the calls of nodes whose link is cut. */
    public static ServerInterceptor refuseCut(PeerLinks links) {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                               ServerCallHandler<Q, R> next) {
                String caller = headers.get(CALLER);
                if (caller == null || links.isUp(caller)) {
                    return next.startCall(call, headers);
                }
                call.close(Status.UNAVAILABLE.withDescription("the link from node " + caller + " is cut (test fault)"),
                        new Metadata());
                return new ServerCall.Listener<>() {
                };
            }
        };
    }
}
