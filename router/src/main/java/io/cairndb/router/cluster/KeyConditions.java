package io.cairndb.router.cluster;

import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.engine.expr.KeyCondition;

/** TEMPORARY until engine.codec.KeyConditionCodec lands. */
final class KeyConditions {
    private KeyConditions() {
    }

    static byte[] encode(KeyCondition condition) {
        throw new NotImplementedYetException("Query on a cluster");
    }
}
