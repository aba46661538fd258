package io.cairndb.engine.write;

import io.cairndb.engine.model.Item;

/**
 * What a write did: the item before and after (either null when absent). A write whose
 * images are equal still counts as a write.
 */
public record WriteResult(Item oldImage, Item newImage) {
}
