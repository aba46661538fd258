package io.cairndb.replication.store;

/**
 * A position in a group's Raft log: the term and index of an entry. The store persists the
 * position of the last entry it applied together with the data that entry produced.
 */
public record LogPosition(long term, long index) {
    /** Nothing applied yet (Ratis numbers entries from 0; -1 is its "no index"). */
    public static final LogPosition NONE = new LogPosition(0, -1);

    public boolean isAfter(LogPosition other) {
        return index > other.index;
    }
}
