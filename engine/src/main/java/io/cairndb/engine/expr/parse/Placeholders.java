package io.cairndb.engine.expr.parse;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.size.ItemSize;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, and which of them
 * the request's expressions used. Not thread-safe: one instance per request.
 */
public final class Placeholders {
    static final int MAX_PLACEHOLDER_BYTES = 255;

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    /** Validates the maps' shape as DynamoDB does; null means the request had none. */
    public Placeholders(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
        if (names != null) {
            if (names.isEmpty()) {
                throw new ValidationException("ExpressionAttributeNames must not be empty");
            }
            for (Map.Entry<String, String> e : names.entrySet()) {
                checkKeyLength(e.getKey(), "ExpressionAttributeNames");
                if (!isPlaceholderKey(e.getKey(), '#')) {
                    throw new ValidationException(
                            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + e.getKey() + "\"");
                }
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    throw new ValidationException(
                            "ExpressionAttributeNames contains invalid value: Empty attribute name for key " + e.getKey());
                }
            }
        }
        if (values != null) {
            if (values.isEmpty()) {
                throw new ValidationException("ExpressionAttributeValues must not be empty");
            }
            for (String key : values.keySet()) {
                checkKeyLength(key, "ExpressionAttributeValues");
                if (!isPlaceholderKey(key, ':')) {
                    throw new ValidationException(
                            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
                }
            }
        }
    }

    /** The attribute name for {@code #token}, or null when undefined. Marks it used. */
    public String name(String token) {
        String name = names.get(token);
        if (name != null) {
            usedNames.add(token);
        }
        return name;
    }

    /** The value for {@code :token}, or null when undefined. Marks it used. */
    public AttributeValue value(String token) {
        AttributeValue value = values.get(token);
        if (value != null) {
            usedValues.add(token);
        }
        return value;
    }

    /** DynamoDB's error for supplied but unused names or values (names are checked first). */
    public void checkAllUsed() {
        checkUsed(names.keySet(), usedNames, "ExpressionAttributeNames");
        checkUsed(values.keySet(), usedValues, "ExpressionAttributeValues");
    }

    private static void checkUsed(Set<String> supplied, Set<String> used, String parameter) {
        if (used.size() == supplied.size()) {
            return;
        }
        // DynamoDB Local lists them in java.util.HashSet order (e.g. {#s2, #n2}, {:b, :a}); a HashSet made the
        // same way iterates the same way, String.hashCode being specified.
        Set<String> unused = new HashSet<>(supplied);
        unused.removeAll(used);
        throw new ValidationException("Value provided in " + parameter + " unused in expressions: keys: {"
                + String.join(", ", unused) + "}");
    }

    /** A placeholder (#name or :value) is at most 255 bytes. */
    private static void checkKeyLength(String key, String parameter) {
        int bytes = key == null ? 0 : ItemSize.utf8Length(key);
        if (bytes > MAX_PLACEHOLDER_BYTES) {
            throw new ValidationException(parameter + " contains invalid key: The expression attribute map contains a key "
                    + "that is too long; size of key: " + bytes);
        }
    }

    private static boolean isPlaceholderKey(String key, char prefix) {
        if (key == null || key.length() < 2 || key.charAt(0) != prefix) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
