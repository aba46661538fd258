package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.Operation;
import io.cairndb.chaos.history.Value;
import java.util.Objects;

/**
 * A single register, as one DynamoDB item's attribute is: absent (null) at first; {@code write}
 * sets it, {@code read} returns it, {@code cas} sets it only if it holds the expected value.
 */
final class RegisterModel {
    static final String READ = "read";
    static final String WRITE = "write";
    static final String CAS = "cas";

    /** Marker for "the operation cannot take effect in this state". */
    static final Object ILLEGAL = new Object();

    private RegisterModel() {
    }

    /**
     * The state after {@code operation} takes effect in {@code state}, or {@link #ILLEGAL} when
     * it cannot (a read that returned another value, a cas whose expected value is not there).
     */
    static Object step(Long state, Operation operation) {
        return switch (operation.f()) {
            case READ -> Objects.equals(state, readValue(operation)) ? state : ILLEGAL;
            case WRITE -> ((Value.Num) operation.invoke().value()).value();
            case CAS -> {
                Value.Cas cas = (Value.Cas) operation.invoke().value();
                yield Objects.equals(state, cas.expected()) ? (Object) cas.updated() : ILLEGAL;
            }
            default -> throw new IllegalArgumentException("not a register operation: " + operation);
        };
    }

    /** What a completed read returned: null for an absent item. */
    static Long readValue(Operation read) {
        return read.completion().value() instanceof Value.Num num ? num.value() : null;
    }
}
