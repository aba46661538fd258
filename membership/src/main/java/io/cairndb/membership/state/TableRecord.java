package io.cairndb.membership.state;

import io.cairndb.engine.schema.TableDefinition;
import java.util.List;

/** A table: its definition, its creation ordinal and its partitions (ordered by hashLow). */
public record TableRecord(TableDefinition definition, long ordinal, List<PartitionRange> partitions) {

    public TableRecord {
        partitions = List.copyOf(partitions);
    }

    public TableRecord withDefinition(TableDefinition newDefinition) {
        return new TableRecord(newDefinition, ordinal, partitions);
    }
}
