package io.cairndb.router.ops.table;

import io.cairndb.engine.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects model-constraint failures and reports them as DynamoDB does: "N validation errors
 * detected: Value 'x' at 'path' failed to satisfy constraint: Member must ...", at most ten.
 */
final class ConstraintViolations {
    private static final int MAX_REPORTED = 10;
    static final String NAME_PATTERN = "[a-zA-Z0-9_.-]+";

    private final List<String> errors = new ArrayList<>();

    void notNull(String path, Object value) {
        if (value == null) {
            add(path, null, "Member must not be null");
        }
    }

    void length(String path, String value, int min, int max) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            add(path, value, "Member must have length greater than or equal to " + min);
        }
        if (length > max) {
            add(path, value, "Member must have length less than or equal to " + max);
        }
    }

    void listLength(String path, List<?> value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value.size() < min) {
            add(path, value, "Member must have length greater than or equal to " + min);
        }
        if (value.size() > max) {
            add(path, value, "Member must have length less than or equal to " + max);
        }
    }

    /** Table and index names: {@code [a-zA-Z0-9_.-]+}, checked by hand (no regex per request). */
    void namePattern(String path, String value) {
        if (value != null && !isValidName(value)) {
            add(path, value, "Member must satisfy regular expression pattern: " + NAME_PATTERN);
        }
    }

    void enumValue(String path, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(path, value, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
    }

    void atLeast(String path, Long value, long min) {
        if (value != null && value < min) {
            add(path, value, "Member must have value greater than or equal to " + min);
        }
    }

    void atMost(String path, Long value, long max) {
        if (value != null && value > max) {
            add(path, value, "Member must have value less than or equal to " + max);
        }
    }

    void add(String path, Object value, String constraint) {
        if (errors.size() < MAX_REPORTED) {
            String shown = value == null ? "null" : "'" + render(value) + "'";
            errors.add("Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint);
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.size() + " validation error" + (errors.size() > 1 ? "s" : "")
                    + " detected: " + String.join("; ", errors));
        }
    }

    static boolean isValidName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            return list.toString();
        }
        return String.valueOf(value);
    }
}
