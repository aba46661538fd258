package io.cairndb.engine.validate;

import io.cairndb.engine.error.ValidationException;

/** DynamoDB's rules for table and index names: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. */
public final class TableNames {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 255;
    public static final String PATTERN = "[a-zA-Z0-9_.-]+";

    private TableNames() {
    }

    /**
     * Validates the {@code TableName} of an item request.
     *
     * @param parameter the JSON member name as DynamoDB reports it, e.g. {@code tableName}
     */
    public static void check(String name, String parameter) {
        ConstraintViolations violations = new ConstraintViolations();
        addViolations(violations, name, parameter);
        violations.throwIfAny();
    }

    /** Adds the violations of {@code name} to {@code violations} (which the caller throws). */
    public static void addViolations(ConstraintViolations violations, String name, String parameter) {
        if (name == null) {
            violations.notNull(null, parameter);
            return;
        }
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            String label = Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
            throw new ValidationException(label + " must be at least " + MIN_LENGTH
                    + " characters long and at most " + MAX_LENGTH + " characters long");
        }
        if (!isValidCharacters(name)) {
            violations.add(name, parameter, "Member must satisfy regular expression pattern: " + PATTERN);
        }
    }

    private static boolean isValidCharacters(String name) {
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
}
