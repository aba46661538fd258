package io.cairndb.router.cluster;

import io.cairndb.engine.schema.TableDefinition;

/** A table as the cluster map places it: its definition and its partitions. */
record TableRoute(TableDefinition definition, PartitionTable partitions) {
}
