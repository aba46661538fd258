package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Wing–Gong linearizability search with Lowe's memoisation, as Porcupine runs it, over the
 * operations on one register.
 *
 * <p>Calls and returns form a time-ordered doubly linked list. The search repeatedly takes the
 * first call in the list whose operation the model accepts in the current state, "lifts" it
 * (removes its call and return), and starts over from the head; reaching a return whose call
 * is still in the list means the choices so far cannot be extended, so the last one is undone.
 * A (linearized set, state) pair seen before is not explored again. Operations that are still
 * unknown (INFO) have no return: they may be linearized anywhere after their call, or never.
 */
final class WglSearch {
    /** The outcome for one key. */
    record Result(boolean linearizable, boolean exhausted, Operation stuck, Long stateAtStuck, int depth, long steps) {
    }

    private static final class Entry {
        final int id;
        final Operation operation;
        final boolean call;
        Entry match;
        Entry prev;
        Entry next;

        Entry(int id, Operation operation, boolean call) {
            this.id = id;
            this.operation = operation;
            this.call = call;
        }

        long time() {
            return call ? operation.invokedAt() : operation.completedAt();
        }
    }

    private record Frame(Entry entry, Long state) {
    }

    private record Seen(BitSet linearized, Long state) {
    }

    private final Entry head = new Entry(-1, null, true);
    private final long stepBudget;
    private int returns;

    /** {@code operations}: the register operations of one key that constrain it (see {@link LinearizabilityChecker}). */
    WglSearch(List<Operation> operations, long stepBudget) {
        this.stepBudget = stepBudget;
        List<Entry> entries = new ArrayList<>();
        int id = 0;
        for (Operation operation : operations) {
            Entry call = new Entry(id++, operation, true);
            entries.add(call);
            if (!operation.unknown()) {
                Entry ret = new Entry(call.id, operation, false);
                call.match = ret;
                entries.add(ret);
                returns++;
            }
        }
        // At equal times a call goes first: it makes the operations concurrent, the weaker claim.
        entries.sort(Comparator.comparingLong(Entry::time).thenComparing(e -> !e.call));
        Entry last = head;
        for (Entry entry : entries) {
            last.next = entry;
            entry.prev = last;
            last = entry;
        }
    }

    Result run() {
        Long state = null;
        BitSet linearized = new BitSet();
        Deque<Frame> stack = new ArrayDeque<>();
        Set<Seen> seen = new HashSet<>();
        Entry entry = head.next;
        int remainingReturns = returns;
        long steps = 0;
        int deepest = -1;
        Entry stuck = null;
        Long stateAtStuck = null;
        while (remainingReturns > 0) {
            if (++steps > stepBudget) {
                return new Result(false, true, stuck == null ? null : stuck.operation, stateAtStuck, deepest, steps);
            }
            if (entry.call) {
                Object next = RegisterModel.step(state, entry.operation);
                if (next != RegisterModel.ILLEGAL) {
                    BitSet candidate = (BitSet) linearized.clone();
                    candidate.set(entry.id);
                    if (seen.add(new Seen(candidate, (Long) next))) {
                        stack.push(new Frame(entry, state));
                        state = (Long) next;
                        linearized.set(entry.id);
                        lift(entry);
                        if (entry.match != null) {
                            remainingReturns--;
                        }
                        entry = head.next;
                        continue;
                    }
                }
                entry = entry.next;
            } else {
                if (stack.size() > deepest) {
                    deepest = stack.size();
                    stuck = entry;
                    stateAtStuck = state;
                }
                if (stack.isEmpty()) {
                    return new Result(false, false, stuck.operation, stateAtStuck, deepest, steps);
                }
                Frame undone = stack.pop();
                state = undone.state();
                linearized.clear(undone.entry().id);
                unlift(undone.entry());
                if (undone.entry().match != null) {
                    remainingReturns++;
                }
                entry = undone.entry().next;
            }
        }
        return new Result(true, false, null, null, stack.size(), steps);
    }

    private static void lift(Entry call) {
        remove(call);
        if (call.match != null) {
            remove(call.match);
        }
    }

    /** Undoes {@link #lift}: entries go back in the reverse order they left (dancing links). */
    private static void unlift(Entry call) {
        if (call.match != null) {
            reinsert(call.match);
        }
        reinsert(call);
    }

    private static void remove(Entry entry) {
        entry.prev.next = entry.next;
        if (entry.next != null) {
            entry.next.prev = entry.prev;
        }
    }

    private static void reinsert(Entry entry) {
        entry.prev.next = entry;
        if (entry.next != null) {
            entry.next.prev = entry;
        }
    }
}
