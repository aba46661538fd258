package io.cairndb.membership.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.membership.table.TableDefinitionJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON for the metadata log (commands and their results) and for snapshots (the whole state).
 * Uses {@link TableDefinitionJson}'s mapper so embedded table definitions have one encoding.
 */
public final class StateCodec {
    private static final ObjectMapper JSON = TableDefinitionJson.mapper();

    private StateCodec() {
    }

    public static byte[] encode(MembershipCommand command) {
        return write(command);
    }

    public static MembershipCommand decodeCommand(byte[] json) {
        return read(json, MembershipCommand.class);
    }

    public static byte[] encode(CommandResult result) {
        return write(result);
    }

    public static CommandResult decodeResult(byte[] json) {
        return read(json, CommandResult.class);
    }

    public static byte[] encode(ClusterState state) {
        return write(state);
    }

    public static ClusterState decodeState(byte[] json) {
        return read(json, ClusterState.class);
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(byte[] json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt membership " + type.getSimpleName(), e);
        }
    }
}
