package io.cairndb.chaos.history;

/**
 * An invocation and its completion, paired. A history that ends before a completion (the run
 * stopped) pairs the invocation with an INFO completion at the end of time.
 */
public record Operation(Op invoke, Op completion) {
    public String f() {
        return invoke.f();
    }

    public String key() {
        return invoke.key();
    }

    public Op.Type outcome() {
        return completion.type();
    }

    public boolean ok() {
        return completion.type() == Op.Type.OK;
    }

    /** Whether it may have taken effect without being acknowledged. */
    public boolean unknown() {
        return completion.type() == Op.Type.INFO;
    }

    public long invokedAt() {
        return invoke.timeNanos();
    }

    /** When it completed; {@link Long#MAX_VALUE} when unknown (it may take effect at any later time). */
    public long completedAt() {
        return unknown() ? Long.MAX_VALUE : completion.timeNanos();
    }

    @Override
    public String toString() {
        return "p" + invoke.process() + " " + invoke.f() + " " + invoke.key() + " " + show(invoke.value()) + " -> "
                + completion.type() + " " + show(completion.value());
    }

    private static String show(Value value) {
        return switch (value) {
            case Value.None none -> "nil";
            case Value.Num num -> Long.toString(num.value());
            case Value.Cas cas -> "[" + (cas.expected() == null ? "nil" : cas.expected()) + " " + cas.updated() + "]";
            case Value.Elements elements -> elements.elements().toString();
        };
    }
}
