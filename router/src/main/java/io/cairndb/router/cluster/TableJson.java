package io.cairndb.router.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.schema.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Table definitions as the membership service stores them (TEMPORARY until TableDefinitionJson lands). */
final class TableJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TableJson() {
    }

    static byte[] encode(TableDefinition table) {
        try {
            return JSON.writeValueAsBytes(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableDefinition decode(byte[] json) {
        try {
            return JSON.readValue(json, TableDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
