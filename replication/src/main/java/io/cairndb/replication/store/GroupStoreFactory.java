package io.cairndb.replication.store;

import java.nio.file.Path;

/** Opens the stores of data groups; the host supplies it to every {@code DataStateMachine}. */
public interface GroupStoreFactory {

    /** Opens (creating if needed) the store kept in {@code directory}. */
    GroupStore open(Path directory);

    /**
     * Replaces whatever {@code directory} holds by a copy of {@code checkpoint} (made by
     * {@link GroupStore#checkpoint}, possibly on another replica) and opens it. The checkpoint
     * is left intact.
     */
    GroupStore restore(Path checkpoint, Path directory);
}
