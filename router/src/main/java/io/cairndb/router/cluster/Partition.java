package io.cairndb.router.cluster;

/** One partition of a table: a range of partition-key hashes hosted by one data group. */
record Partition(HashInterval hashes, String groupId) {
}
