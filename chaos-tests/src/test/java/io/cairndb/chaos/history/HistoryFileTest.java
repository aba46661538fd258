package io.cairndb.chaos.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsEveryKindOfValue() throws Exception {
        History history = new History();
        history.record(1, Op.Type.INVOKE, "cas", "k", new Value.Cas(null, 3), 10);
        history.record(1, Op.Type.OK, "cas", "k", new Value.Cas(null, 3), 11);
        history.record(2, Op.Type.INVOKE, "read", "s", Value.NONE, 12);
        history.record(2, Op.Type.OK, "read", "s", new Value.Elements(List.of(1L, 2L)), 13);
        history.record(3, Op.Type.INVOKE, "write", "k", Value.of(-5), 14);
        history.record(3, Op.Type.INFO, "write", "k", Value.NONE, 15);
        Path file = dir.resolve("history.jsonl");
        HistoryFile.write(history, file);
        assertThat(Files.readAllLines(file).get(0))
                .isEqualTo("{\"index\":0,\"process\":1,\"type\":\"invoke\",\"f\":\"cas\",\"key\":\"k\","
                        + "\"value\":{\"expected\":null,\"updated\":3},\"time\":10}");
        assertThat(HistoryFile.read(file).ops()).isEqualTo(history.ops());
    }

    @Test
    void pairsInvocationsWithCompletionsAndEndsOpenOnesAsUnknown() {
        History history = new History();
        history.record(1, Op.Type.INVOKE, "write", "k", Value.of(1), 1);
        history.record(2, Op.Type.INVOKE, "write", "k", Value.of(2), 2);
        history.record(1, Op.Type.OK, "write", "k", Value.of(1), 3);
        List<Operation> operations = history.operations();
        assertThat(operations).hasSize(2);
        assertThat(operations.get(0).ok()).isTrue();
        assertThat(operations.get(1).unknown()).isTrue();
        assertThat(operations.get(1).completedAt()).isEqualTo(Long.MAX_VALUE);

        history.record(2, Op.Type.INVOKE, "read", "k", Value.NONE, 4);
        assertThatThrownBy(history::operations).hasMessageContaining("invoked twice");
    }
}
