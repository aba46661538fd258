package io.cairndb.chaos.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only, thread-safe history of events. Clients record an invocation before they send a
 * request and its completion after the answer (or the timeout), so the recorded order is a
 * valid real-time order.
 */
public final class History {
    private final List<Op> ops = new ArrayList<>();

    public History() {
    }

    public History(List<Op> ops) {
        ops.forEach(this::add);
    }

    /** Appends an event with the next index. */
    public synchronized Op record(int process, Op.Type type, String f, String key, Value value, long timeNanos) {
        Op op = new Op(ops.size(), process, type, f, key, value, timeNanos);
        ops.add(op);
        return op;
    }

    private synchronized void add(Op op) {
        ops.add(new Op(ops.size(), op.process(), op.type(), op.f(), op.key(), op.value(), op.timeNanos()));
    }

    public synchronized List<Op> ops() {
        return List.copyOf(ops);
    }

    /**
     * Pairs every invocation with its process's next completion. An invocation without one
     * completes as INFO at the end of time: the run ended while it was in flight.
     *
     * @throws IllegalStateException when a process completes what it did not invoke, or invokes
     *         twice without completing (the history was not recorded by the rules)
     */
    public synchronized List<Operation> operations() {
        Map<Integer, Op> open = new HashMap<>();
        List<Operation> paired = new ArrayList<>();
        Map<Op, Integer> position = new HashMap<>();
        for (Op op : ops) {
            if (op.isInvoke()) {
                if (open.put(op.process(), op) != null) {
                    throw new IllegalStateException("process " + op.process() + " invoked twice: " + op);
                }
                position.put(op, paired.size());
                paired.add(null);
            } else {
                Op invoke = open.remove(op.process());
                if (invoke == null) {
                    throw new IllegalStateException("completion without invocation: " + op);
                }
                paired.set(position.get(invoke), new Operation(invoke, op));
            }
        }
        for (Op invoke : open.values()) {
            Op never = new Op(-1, invoke.process(), Op.Type.INFO, invoke.f(), invoke.key(), Value.NONE, Long.MAX_VALUE);
            paired.set(position.get(invoke), new Operation(invoke, never));
        }
        return paired;
    }
}
