package io.cairndb.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ClusterFileTest {

  @Test
  void readsEveryProcessOfTheLaunchersFormat() throws IOException {
    String json = """
        {"processes":[
          {"pid":123,"role":"node","id":"n1","az":"az1","host":"127.0.0.2","raftPort":7001,"grpcPort":7002,"httpPort":null},
          {"pid":124,"role":"node","id":"n2","az":"az2","host":"127.0.0.3","raftPort":7001,"grpcPort":7002},
          {"pid":125,"role":"router","id":"router","az":"az1","host":"127.0.0.1","httpPort":8000,
           "log":"/tmp/c/router.log","command":["java","-jar","cairn.jar"]}],
         "endpoint":"http://127.0.0.1:8000"}
        """;

    ClusterFile file = ClusterFile.parse(json);

    assertThat(file.pids()).containsExactly(123L, 124L, 125L);
    assertThat(file.endpoint()).isEqualTo("http://127.0.0.1:8000");
    assertThat(file.routerLog()).isEqualTo("/tmp/c/router.log");
    assertThat(file.processes().get(1)).isEqualTo(new ClusterFile.Process(124, "node", "n2", null));
  }

  @Test
  void theEndpointAndLogsAreOptional() throws IOException {
    ClusterFile file = ClusterFile.parse("{\"processes\":[{\"pid\":7,\"role\":\"router\",\"id\":\"router\"}]}");
    assertThat(file.endpoint()).isNull();
    assertThat(file.routerLog()).isNull();
  }

  @Test
  void rejectsAFileWithoutProcessesOrPids() {
    assertThatThrownBy(() -> ClusterFile.parse("{\"processes\":[]}")).isInstanceOf(IOException.class)
        .hasMessageContaining("no processes");
    assertThatThrownBy(() -> ClusterFile.parse("{\"processes\":[{\"pid\":0,\"id\":\"n3\"}]}"))
        .isInstanceOf(IOException.class).hasMessageContaining("n3 has no pid");
  }
}
