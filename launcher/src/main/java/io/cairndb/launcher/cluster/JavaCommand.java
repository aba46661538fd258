package io.cairndb.launcher.cluster;

import io.cairndb.launcher.Cairn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs {@code cairn <args>} in a new JVM: this JVM's java binary and class
 * path (the launcher's, whether it came from {@code ./cairn} or a test run), so every process of a
 * local cluster runs exactly the code that started it.
 *
 * @param javaBinary  path of the {@code java} executable
 * @param classPath   class path for the new JVM
 * @param jvmFlags    flags before the main class
 */
public record JavaCommand(String javaBinary, String classPath, List<String> jvmFlags) {
    /** System property naming extra JVM flags for cluster processes, split on spaces. */
    public static final String EXTRA_FLAGS_PROPERTY = "cairn.cluster.jvmFlags";
    /** System properties with this prefix are passed on to every cluster process. */
    public static final String FAULT_PROPERTY_PREFIX = "cairn.fault.";

    public JavaCommand {
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** The running JVM's java and class path, with flags suited to many JVMs on one machine. */
    public static JavaCommand ofCurrentJvm() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> flags = new ArrayList<>(List.of(
                // Several JVMs share the machine: a modest heap each, and die rather than limp on OOM.
                "-XX:+UseG1GC", "-Xms64m", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError",
                // RocksDB and Netty load native code; with -cp (not -jar) the manifest's grant does not apply.
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        String libraryPath = System.getProperty("java.library.path", "");
        if (!libraryPath.isBlank() && libraryPath.contains("launcher")) {
            flags.add("-Djava.library.path=" + libraryPath); // ./cairn's unpacked RocksDB native library
        }
        String logLevel = System.getenv("CAIRN_LOG_LEVEL");
        if (logLevel != null && !logLevel.isBlank()) {
            flags.add("-DCAIRN_LOG_LEVEL=" + logLevel);
        }
        // Fault switches for mutation runs of the cluster tests reach every process.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(FAULT_PROPERTY_PREFIX))
                .sorted().forEach(name -> flags.add("-D" + name + "=" + System.getProperty(name)));
        String extra = System.getProperty(EXTRA_FLAGS_PROPERTY, "").strip();
        if (!extra.isEmpty()) {
            flags.addAll(List.of(extra.split("\\s+")));
        }
        return new JavaCommand(java, System.getProperty("java.class.path"), flags);
    }

    /** The same command with {@code flags} added after the others. */
    public JavaCommand withExtraFlags(List<String> flags) {
        List<String> all = new ArrayList<>(jvmFlags);
        all.addAll(flags);
        return new JavaCommand(javaBinary, classPath, all);
    }

    /** The full command line for {@code cairn <cairnArgs>}. */
    public List<String> commandLine(List<String> cairnArgs) {
        if (!Files.isExecutable(Path.of(javaBinary))) {
            throw new IllegalStateException("no java executable at " + javaBinary);
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classPath);
        command.add(Cairn.class.getName());
        command.addAll(cairnArgs);
        return command;
    }
}
