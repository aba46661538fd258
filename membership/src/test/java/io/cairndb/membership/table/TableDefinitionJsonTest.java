package io.cairndb.membership.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.membership.Tables;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableDefinitionJsonTest {

    @Test
    void roundTripsEveryField() {
        TableDefinition table = Tables.table("orders");
        assertThat(TableDefinitionJson.fromJson(TableDefinitionJson.toJson(table))).isEqualTo(table);
    }

    @Test
    void ignoresFieldsFromNewerVersionsAndReadsMissingOnesAsNull() {
        String json = new String(TableDefinitionJson.toJson(Tables.table("t")), StandardCharsets.UTF_8)
                .replace("\"lastUpdateToPayPerRequestMillis\":1700000000000", "\"addedLater\":true");
        TableDefinition read = TableDefinitionJson.fromJson(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.name()).isEqualTo("t");
        assertThat(read.lastUpdateToPayPerRequestMillis()).isNull();
    }

    @Test
    void rejectsWhatIsNotATableDefinition() {
        assertThatThrownBy(() -> TableDefinitionJson.fromJson("{\"name\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> TableDefinitionJson.fromJson("{\"tags\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("invalid");
    }
}
