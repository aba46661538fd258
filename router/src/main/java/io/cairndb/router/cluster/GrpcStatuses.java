package io.cairndb.router.cluster;

import io.grpc.Status;

/** Which gRPC failures are worth retrying (on another replica or after a pause). */
final class GrpcStatuses {
    private GrpcStatuses() {
    }

    /**
     * Transport-level trouble a retry can outlive: the node is down or restarting, the attempt
     * timed out, the connection was reset. Everything else (unimplemented method, invalid
     * argument, a server bug) fails the same way again.
     */
    static boolean isTransient(Status.Code code) {
        return switch (code) {
            case UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED, RESOURCE_EXHAUSTED, CANCELLED -> true;
            default -> false;
        };
    }
}
