package io.cairndb.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterFileTest {
    @TempDir
    Path dir;

    private static ClusterFile sample() {
        return new ClusterFile(List.of(
                new ProcessRecord(123, "node", "n1", "az1", "127.0.0.2", 7001, 7002, null, "/d/n1", "/d/logs/n1.log",
                        List.of("java", "-cp", "x", "io.cairndb.launcher.Cairn", "node")),
                new ProcessRecord(456, "router", "router", "az1", "127.0.0.1", null, null, 8000, null,
                        "/d/logs/router.log", List.of("java"))),
                "http://127.0.0.1:8000");
    }

    @Test
    void writesTheContractFieldNamesWithNullsAndReadsThemBack() throws Exception {
        sample().write(dir);

        JsonNode json = new ObjectMapper().readTree(ClusterFile.path(dir).toFile());
        assertThat(json.get("endpoint").asText()).isEqualTo("http://127.0.0.1:8000");
        JsonNode node = json.get("processes").get(0);
        assertThat(node.get("pid").asLong()).isEqualTo(123);
        assertThat(node.get("role").asText()).isEqualTo("node");
        assertThat(node.get("id").asText()).isEqualTo("n1");
        assertThat(node.get("az").asText()).isEqualTo("az1");
        assertThat(node.get("host").asText()).isEqualTo("127.0.0.2");
        assertThat(node.get("raftPort").asInt()).isEqualTo(7001);
        assertThat(node.get("grpcPort").asInt()).isEqualTo(7002);
        assertThat(node.has("httpPort")).isTrue();
        assertThat(node.get("httpPort").isNull()).isTrue();
        assertThat(node.get("dataDir").asText()).isEqualTo("/d/n1");
        assertThat(json.get("processes").get(1).get("httpPort").asInt()).isEqualTo(8000);

        assertThat(ClusterFile.read(dir)).isEqualTo(sample());
    }

    @Test
    void replacesOneProcessAndFindsProcessesById() {
        ClusterFile file = sample().with(sample().process("n1").withPid(0));
        assertThat(file.process("n1").pid()).isZero();
        assertThat(file.process("router").pid()).isEqualTo(456);
        assertThat(file.nodes()).extracting(ProcessRecord::id).containsExactly("n1");
        assertThatThrownBy(() -> file.process("n9")).hasMessageContaining("n9");
    }
}
