package io.cairndb.compat.diff.random;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generator knows about a table: its key schema and the keys it has written so far (so
 * later reads, updates and deletes hit existing items often). It never looks at server answers,
 * so a seed alone reproduces the whole run.
 *
 * @param rangeType null for a hash-only table
 */
record TableModel(String name, char hashType, Character rangeType, List<ObjectNode> writtenKeys) {

    static final String HASH = "pk";
    static final String RANGE = "sk";

    TableModel(String name, char hashType, Character rangeType) {
        this(name, hashType, rangeType, new ArrayList<>());
    }

    boolean hasRange() {
        return rangeType != null;
    }

    void remember(ObjectNode key) {
        if (writtenKeys.size() < 2_000) {
            writtenKeys.add(key.deepCopy());
        }
    }
}
