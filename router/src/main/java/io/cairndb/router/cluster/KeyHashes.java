package io.cairndb.router.cluster;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeySchema;

/** The partition-key hash of an item key, which places it in a partition. */
final class KeyHashes {
    private KeyHashes() {
    }

    /**
     * The hash of {@code key}'s partition key, after checking the whole key against the schema
     * the way storage does, so a bad key gets the same ValidationException here as on one node.
     *
     * @throws ValidationException when a key attribute is missing or has the wrong type
     */
    static long hashOf(KeySchema schema, Item key) {
        return KeyCodec.hashOf(new KeyCodec(schema).itemKey(0, key));
    }
}
