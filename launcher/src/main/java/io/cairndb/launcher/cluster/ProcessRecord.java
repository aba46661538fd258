package io.cairndb.launcher.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One process of a local cluster as {@code DIR/cluster.json} records it. The field names are a
 * contract (the benchmark and the test harness read them).
 *
 * @param pid      operating-system process id; 0 when the process is not running
 * @param role     {@link #NODE} or {@link #ROUTER}
 * @param id       node id ({@code n1}, ...) or {@code router}
 * @param httpPort the router's DynamoDB HTTP port; null for nodes
 * @param raftPort node only; null for the router
 * @param grpcPort node only; null for the router
 * @param dataDir  node only: its data directory
 * @param log      file that receives the process's stdout and stderr
 * @param command  the full command line, so a stopped process can be started again identically
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProcessRecord(long pid, String role, String id, String az, String host, Integer raftPort,
                            Integer grpcPort, Integer httpPort, String dataDir, String log, List<String> command) {
    public static final String NODE = "node";
    public static final String ROUTER = "router";

    public ProcessRecord {
        command = command == null ? List.of() : List.copyOf(command);
    }

    public boolean isNode() {
        return NODE.equals(role);
    }

    /** The same process started by {@code newCommand} (e.g. the command behind a wrapper). */
    public ProcessRecord withCommand(List<String> newCommand) {
        return new ProcessRecord(pid, role, id, az, host, raftPort, grpcPort, httpPort, dataDir, log, newCommand);
    }

    public ProcessRecord withPid(long newPid) {
        return new ProcessRecord(newPid, role, id, az, host, raftPort, grpcPort, httpPort, dataDir, log, command);
    }
}
