package io.cairndb.chaos.history;

import java.util.Objects;

/**
 * One event of a history, as Jepsen records them: a client ({@code process}) invokes an
 * operation, and later the same process completes it as {@link Type#OK}, {@link Type#FAIL} (it
 * certainly did not take effect) or {@link Type#INFO} (unknown: it timed out or the connection
 * broke, so it may take effect at any later time, or never).
 *
 * @param index position in the history, from 0
 * @param process the client; after an INFO completion a client continues under a new process id
 * @param f the function: read, write, cas, add, ... (the workload's vocabulary)
 * @param key the key the operation is about (histories are checked per key where the model allows)
 * @param value for an invocation, what it writes; for a completion, what it returned
 * @param timeNanos monotonic time of the event ({@code System.nanoTime()} of the recording JVM)
 */
public record Op(long index, int process, Type type, String f, String key, Value value, long timeNanos) {
    public enum Type { INVOKE, OK, FAIL, INFO }

    public Op {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public boolean isInvoke() {
        return type == Type.INVOKE;
    }
}
