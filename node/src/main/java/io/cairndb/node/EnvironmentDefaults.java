package io.cairndb.node;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from the environment: {@code --raft-port} reads {@code CAIRN_RAFT_PORT},
 * {@code --id} reads {@code CAIRN_NODE_ID}. A flag on the command line wins; an unset variable
 * leaves the option's own default.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {
    private final Map<String, String> environment;

    /** Used by picocli: the process environment. */
    public EnvironmentDefaults() {
        this(System.getenv());
    }

    public EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option && option.longestName().startsWith("--")
                && !option.usageHelp() && !option.versionHelp()) {
            return environment.get(variableFor(option.longestName()));
        }
        return null;
    }

    static String variableFor(String longOption) {
        String name = longOption.substring(2);
        if (name.equals("id")) {
            name = "node-id";
        }
        return "CAIRN_" + name.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
