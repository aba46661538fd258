package io.cairndb.launcher.status;

import java.util.stream.Collectors;

/** The human-readable form of a {@link ClusterStatus}: nodes, groups and tables as three tables. */
public final class StatusReport {
    private StatusReport() {
    }

    public static String render(ClusterStatus status) {
        StringBuilder out = new StringBuilder();
        out.append("Cluster map version ").append(status.version()).append(", membership leader ")
                .append(status.membershipLeader().isEmpty() ? "(unknown)" : status.membershipLeader())
                .append("\n\n");

        TextTable nodes = new TextTable("NODE", "AZ", "STATE", "PID", "RAFT", "GRPC");
        status.nodes().forEach(n -> nodes.row(n.id(), n.az(), n.state(), n.pid() > 0 ? n.pid() : "-",
                n.raftAddress(), n.grpcAddress()));
        out.append(nodes.render()).append('\n');

        TextTable groups = new TextTable("GROUP", "LEADER", "TERM", "REPLICAS (AZ ROLE LAG)");
        status.groups().forEach(g -> groups.row(g.label(), g.hasLeader() ? g.leader() : "(none)", g.term(),
                g.replicas().stream().map(r -> replica(status, r)).collect(Collectors.joining(", "))));
        out.append(groups.render());

        if (!status.tables().isEmpty()) {
            out.append('\n');
            TextTable tables = new TextTable("TABLE", "PARTITIONS", "GROUPS (IN HASH ORDER)");
            status.tables().forEach(t -> tables.row(t.name(), t.partitions().size(), t.partitions().stream()
                    .map(p -> status.group(p.group()).map(ClusterStatus.Group::label).orElse(p.group()))
                    .collect(Collectors.joining(" "))));
            out.append(tables.render());
        }
        return out.toString();
    }

    private static String replica(ClusterStatus status, ClusterStatus.Replica r) {
        String az = r.az().isEmpty() ? status.azOf(r.nodeId()) : r.az();
        StringBuilder text = new StringBuilder(r.nodeId());
        if (!az.isEmpty()) {
            text.append(' ').append(az);
        }
        if (!r.role().isEmpty()) {
            text.append(' ').append(r.role());
        }
        text.append(" lag ").append(r.lag() < 0 ? "?" : Long.toString(r.lag()));
        if (!r.state().isEmpty() && !r.state().equals("ALIVE")) {
            text.append(" (").append(r.state()).append(')'); // its role is as it last reported it
        }
        return text.toString();
    }
}
