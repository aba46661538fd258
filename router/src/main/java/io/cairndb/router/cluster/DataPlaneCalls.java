package io.cairndb.router.cluster;

import io.cairndb.proto.DataPlaneGrpc;
import io.cairndb.proto.Failure;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Sends one data-plane RPC to a replica of the right group, retried by a {@link RetryingCaller}. */
final class DataPlaneCalls {
    private final NodeChannels channels;
    private final RetryingCaller caller;
    private final MapCache maps;
    private final MapRefresher refresher;
    private final LeaderHints hints;
    private final String az;
    private final AppliedWatermarks watermarks;

    DataPlaneCalls(NodeChannels channels, RetryingCaller caller, MapCache maps, MapRefresher refresher,
                   LeaderHints hints, String az, AppliedWatermarks watermarks) {
        this.channels = channels;
        this.caller = caller;
        this.maps = maps;
        this.refresher = refresher;
        this.hints = hints;
        this.az = az;
        this.watermarks = watermarks;
    }

    /**
     * @param groupOf   the group serving the request in a given map
     * @param rpc       the call, given a stub with the attempt's deadline and the group id
     * @param failureOf the reply's failure
     */
    <R> R call(String what, GroupTargets.Route route, Function<ClusterMap, String> groupOf,
               BiFunction<DataPlaneGrpc.DataPlaneBlockingStub, String, R> rpc, Function<R, Failure> failureOf) {
        GroupTargets targets = new GroupTargets(maps, refresher, hints, az, route, groupOf);
        return caller.call(what, targets, (address, timeout) -> channels.call(address, channel -> rpc.apply(
                DataPlaneGrpc.newBlockingStub(channel).withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS),
                targets.groupId())), failureOf);
    }

    /** What this router's writes applied up to, per group: the floor of its eventual reads. */
    AppliedWatermarks watermarks() {
        return watermarks;
    }

    MapCache maps() {
        return maps;
    }

    MapRefresher refresher() {
        return refresher;
    }
}
