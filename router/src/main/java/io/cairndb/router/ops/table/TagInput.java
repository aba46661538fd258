package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tags as CreateTable and TagResource take them: keys 1-128 and values 0-256 characters of
 * letters, digits, white space and {@code _ . : / = + - @}; no {@code aws:} prefix; at most 50
 * per table. A repeated key keeps the last value, as DynamoDB does.
 */
final class TagInput {
    static final int MAX_TAGS_PER_TABLE = 50;
    private static final String PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";

    private TagInput() {
    }

    /** The tags of a {@code Tags} list (empty when absent); constraint failures go to {@code violations}. */
    static Map<String, String> read(JsonNode request, ConstraintViolations violations) {
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode list = RequestFields.list(request, "Tags");
        if (list == null) {
            return tags;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode tag = RequestFields.structureElement(list.get(i));
            String key = RequestFields.string(tag, "Key");
            String value = RequestFields.string(tag, "Value");
            String path = "tags." + (i + 1) + ".member.";
            violations.notNull(key, path + "key");
            violations.length(key, path + "key", 1, 128);
            checkCharacters(violations, path + "key", key);
            violations.notNull(value, path + "value");
            violations.length(value, path + "value", 0, 256);
            checkCharacters(violations, path + "value", value);
            if (key != null && value != null) {
                tags.put(key, value);
            }
        }
        return tags;
    }

    /** After the model constraints: the reserved prefix and the per-table count. */
    static void checkRules(Map<String, String> tags) {
        for (String key : tags.keySet()) {
            if (key.startsWith("aws:")) {
                throw new ValidationException("One or more parameter values were invalid: "
                        + "Tag keys starting with 'aws:' are reserved for AWS use: " + key);
            }
        }
        if (tags.size() > MAX_TAGS_PER_TABLE) {
            throw new ValidationException("One or more parameter values were invalid: "
                    + "The number of tags exceeds the limit of " + MAX_TAGS_PER_TABLE + " per resource");
        }
    }

    private static void checkCharacters(ConstraintViolations violations, String path, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ok = Character.isLetterOrDigit(c) || Character.isSpaceChar(c) || "_.:/=+-@".indexOf(c) >= 0;
            if (!ok) {
                violations.add(text, path, "Member must satisfy regular expression pattern: " + PATTERN);
                return;
            }
            i += Character.charCount(c);
        }
    }
}
