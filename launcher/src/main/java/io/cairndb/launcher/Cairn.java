package io.cairndb.launcher;

import io.cairndb.bench.BenchCommand;
import io.cairndb.launcher.cluster.ClusterCommand;
import io.cairndb.launcher.fault.ClockFault;
import io.cairndb.launcher.fault.PeerCutFault;
import io.cairndb.launcher.status.StatusCommand;
import io.cairndb.node.NodeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cairn} command line: {@code cairn dev}, {@code cairn node}, {@code cairn router},
 * {@code cairn cluster}, {@code cairn status}, {@code cairn bench}.
 */
@Command(name = "cairn", mixinStandardHelpOptions = true, version = "CairnDB 0.1.0-SNAPSHOT",
        description = "CairnDB: a self-hosted, DynamoDB-compatible database.",
        subcommands = {DevCommand.class, NodeCommand.class, RouterCommand.class, ClusterCommand.class,
                StatusCommand.class, BenchCommand.class})
public final class Cairn implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Cairn(), new Factory());
    }

    /** Creates the subcommands; {@code cairn node} gets its process's clock (a test fault may offset it). */
    private static final class Factory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == NodeCommand.class) {
                return type.cast(new NodeCommand(ClockFault::forProcess, PeerCutFault::forNode));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
