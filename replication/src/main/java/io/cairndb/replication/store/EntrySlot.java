package io.cairndb.replication.store;

/**
 * One write's place in the log: the entry that carries it and its position among the entry's
 * writes (an entry carries several when the leader commits a group of writes together).
 *
 * <p>Only the entry's last write records the entry as applied. A crash between two writes of one
 * entry therefore replays the whole entry, and the writes applied before the crash are answered
 * from their stored replies instead of running again; this is why an entry of several writes only
 * carries writes that have a request id.
 *
 * @param entry the log entry
 * @param slot the write's position in the entry, from 0
 * @param last whether it is the entry's last write
 */
public record EntrySlot(LogPosition entry, int slot, boolean last) {
    /** Writes per entry: the change sequence keeps {@value} slots for each log index. */
    public static final int MAX_WRITES_PER_ENTRY = 1 << 16;

    public EntrySlot {
        if (slot < 0 || slot >= MAX_WRITES_PER_ENTRY) {
            throw new IllegalArgumentException("slot out of range: " + slot);
        }
    }

    /** The slot of an entry that carries one write. */
    public static EntrySlot only(LogPosition entry) {
        return new EntrySlot(entry, 0, true);
    }

    /**
     * The sequence of the change record the write produces: strictly increasing across the
     * group's writes, in log order (log index, then slot).
     */
    public long changeSequence() {
        return entry.index() * MAX_WRITES_PER_ENTRY + slot;
    }
}
