package io.cairndb.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerKindTest {

  @Test
  void parsesTheNamesAndTheFormerOnes() {
    assertThat(ServerKind.fromId("local")).isEqualTo(ServerKind.LOCAL);
    assertThat(ServerKind.fromId(" Single ")).isEqualTo(ServerKind.SINGLE);
    assertThat(ServerKind.fromId("cluster")).isEqualTo(ServerKind.CLUSTER);
    assertThat(ServerKind.fromId("dev")).isEqualTo(ServerKind.DEV);
    assertThat(ServerKind.fromId("dynamodb-local")).isEqualTo(ServerKind.LOCAL);
    assertThat(ServerKind.fromId("cairndb")).isEqualTo(ServerKind.SINGLE);
  }

  @Test
  void dynamoDbLocalKeepsTheNameTheTargetsTableComparesWith() {
    assertThat(ServerKind.LOCAL.displayName()).isEqualTo("DynamoDB Local");
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> ServerKind.fromId("cassandra")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown server 'cassandra' (known: local, single, dev, cluster)");
  }
}
