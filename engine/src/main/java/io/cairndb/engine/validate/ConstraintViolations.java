package io.cairndb.engine.validate;

import io.cairndb.engine.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the request-shape violations DynamoDB reports together, in its format:
 * {@code "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: ...; ..."}.
 * DynamoDB reports at most ten of them.
 */
public final class ConstraintViolations {
    private static final int MAX_REPORTED = 10;

    /** Created on the first violation: most requests have none. */
    private List<String> violations = List.of();

    /** {@code value} is the offending value as DynamoDB prints it (null prints as {@code null}). */
    public ConstraintViolations add(Object value, String path, String constraint) {
        if (violations.isEmpty()) {
            violations = new ArrayList<>(2);
        }
        if (violations.size() < MAX_REPORTED) {
            String shown = value == null ? "null" : "'" + value + "'";
            violations.add("Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint);
        }
        return this;
    }

    public ConstraintViolations notNull(Object value, String path) {
        if (value == null) {
            add(null, path, "Member must not be null");
        }
        return this;
    }

    /** Checks an enum-valued parameter; {@code allowed} is printed in the order given, as DynamoDB does. */
    public ConstraintViolations oneOf(String value, String path, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(value, path, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
        return this;
    }

    public ConstraintViolations atLeast(Integer value, String path, long minimum) {
        if (value != null && value < minimum) {
            add(value, path, "Member must have value greater than or equal to " + minimum);
        }
        return this;
    }

    public ConstraintViolations atMost(Integer value, String path, long maximum) {
        if (value != null && value > maximum) {
            add(value, path, "Member must have value less than or equal to " + maximum);
        }
        return this;
    }

    public ConstraintViolations atLeast(Long value, String path, long minimum) {
        if (value != null && value < minimum) {
            add(value, path, "Member must have value greater than or equal to " + minimum);
        }
        return this;
    }

    public ConstraintViolations atMost(Long value, String path, long maximum) {
        if (value != null && value > maximum) {
            add(value, path, "Member must have value less than or equal to " + maximum);
        }
        return this;
    }

    /** String length in characters (code points), as DynamoDB's model constraints count it. */
    public ConstraintViolations length(String value, String path, int minimum, int maximum) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length < minimum) {
                add(value, path, "Member must have length greater than or equal to " + minimum);
            }
            if (length > maximum) {
                add(value, path, "Member must have length less than or equal to " + maximum);
            }
        }
        return this;
    }

    /** Number of list members; the list prints as DynamoDB prints it, {@code [a, b]}. */
    public ConstraintViolations listLength(List<?> value, String path, int minimum, int maximum) {
        if (value != null) {
            if (value.size() < minimum) {
                add(value, path, "Member must have length greater than or equal to " + minimum);
            }
            if (value.size() > maximum) {
                add(value, path, "Member must have length less than or equal to " + maximum);
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public void throwIfAny() {
        if (violations.isEmpty()) {
            return;
        }
        int n = violations.size();
        throw new ValidationException(n + " validation error" + (n > 1 ? "s" : "") + " detected: "
                + String.join("; ", violations));
    }
}
