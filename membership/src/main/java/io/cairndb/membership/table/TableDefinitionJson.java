package io.cairndb.membership.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.schema.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON encoding of a {@link TableDefinition}: node catalogs persist it, the membership
 * log and snapshots carry it, and {@code TableInfo.definition_json} on the wire is it.
 *
 * <p>Unknown properties are ignored so that a definition written by a newer version (with an
 * added field) still reads; absent fields read as {@code null}.
 */
public final class TableDefinitionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TableDefinitionJson() {
    }

    /** The configured mapper, for codecs that embed definitions in larger JSON documents. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toJson(TableDefinition table) {
        try {
            return MAPPER.writeValueAsBytes(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise table " + table.name(), e);
        }
    }

    /** @throws UncheckedIOException when {@code json} is not a table definition */
    public static TableDefinition fromJson(byte[] json) {
        try {
            TableDefinition table = MAPPER.readValue(json, TableDefinition.class);
            if (table == null || table.name() == null || table.keySchema() == null) {
                throw new IOException("not a table definition: name and keySchema are required");
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("invalid table definition JSON", e);
        }
    }
}
