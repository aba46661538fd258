package io.cairndb.router.cluster;

import io.cairndb.engine.model.Item;

/** Reads raw pages of one slice (a partition cut to the requested hash range) from its group. */
interface RawPageSource {

    /**
     * @param exclusiveStartKey resume after this key, or null for the slice's start
     * @param limit             items to evaluate at most, 0 for no limit (the 1 MB cap applies)
     */
    RawPage fetch(Partition slice, Item exclusiveStartKey, int limit);
}
