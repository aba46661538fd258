package io.cairndb.router.cluster;

import io.cairndb.engine.key.HashRange;

/** One partition of a table: a range of partition-key hashes hosted by one data group. */
record Partition(HashRange hashes, String groupId) {
}
