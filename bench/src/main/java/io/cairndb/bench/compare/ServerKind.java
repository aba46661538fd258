package io.cairndb.bench.compare;

import java.util.List;
import java.util.Locale;

/** The servers `cairn bench compare --servers` knows, by their command-line names. */
public enum ServerKind {
  LOCAL("local", "DynamoDB Local", "dynamodb-local"),
  SINGLE("single", "CairnDB single node", "cairndb"),
  /** `cairn dev`: three Raft nodes (real gRPC, RocksDB, fsynced logs) and the router in one JVM. */
  DEV("dev", "CairnDB embedded 3-node cluster", null),
  CLUSTER("cluster", "CairnDB 3-node cluster", null);

  private final String id;
  private final String displayName;
  private final String formerId;

  ServerKind(String id, String displayName, String formerId) {
    this.id = id;
    this.displayName = displayName;
    this.formerId = formerId;
  }

  public String id() {
    return id;
  }

  /** The name in reports. */
  public String displayName() {
    return displayName;
  }

  /** By command-line name; the names of earlier releases (dynamodb-local, cairndb) still work. */
  public static ServerKind fromId(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (ServerKind kind : values()) {
      if (kind.id.equals(wanted) || wanted.equals(kind.formerId)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown server '" + text + "' (known: "
        + String.join(", ", List.of(LOCAL.id, SINGLE.id, DEV.id, CLUSTER.id)) + ")");
  }
}
