package io.cairndb.router.cluster.fake;

import java.util.ArrayList;
import java.util.List;

/** What the fake nodes were asked and answered, for tests to assert routing on. */
public final class CallLog {
    /**
     * One call: which node, which RPC, which group, what consistency (and the applied index an
     * eventual read asked for), and the answer's failure kind.
     */
    public record Call(String node, String rpc, String groupId, String consistency, long minAppliedIndex,
                       String outcome) {
    }

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        calls.add(call);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized void clear() {
        calls.clear();
    }
}
