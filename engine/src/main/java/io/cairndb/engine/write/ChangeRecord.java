package io.cairndb.engine.write;

import io.cairndb.engine.model.Item;

/**
 * The record of one applied write, the single source for streams, index maintenance, cache
 * invalidation and global tables.
 *
 * @param sequence         position in the partition's history: strictly increasing
 * @param timestampMicros  when the write was accepted (assigned before replication, never at apply)
 * @param oldImage         null when the item did not exist
 * @param newImage         null when the write deleted the item
 */
public record ChangeRecord(String tableId, Item keys, Item oldImage, Item newImage,
                           long sequence, long timestampMicros) {
}
