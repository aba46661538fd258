package io.cairndb.launcher.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code DIR/cluster.json}: every process of a local multi-process cluster and the first router's endpoint.
 * Written atomically (temporary file, then rename) so a reader never sees half a file.
 */
public record ClusterFile(List<ProcessRecord> processes, String endpoint) {
    public static final String FILE_NAME = "cluster.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ClusterFile {
        processes = List.copyOf(processes);
    }

    public static Path path(Path clusterDir) {
        return clusterDir.resolve(FILE_NAME);
    }

    public static ClusterFile read(Path clusterDir) {
        Path file = path(clusterDir);
        try {
            return JSON.readValue(file.toFile(), ClusterFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static boolean exists(Path clusterDir) {
        return Files.isRegularFile(path(clusterDir));
    }

    public void write(Path clusterDir) {
        Path file = path(clusterDir);
        Path temporary = clusterDir.resolve(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(clusterDir);
            JSON.writeValue(temporary.toFile(), this);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public ProcessRecord process(String id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no process " + id + " in " + FILE_NAME));
    }

    public List<ProcessRecord> nodes() {
        return processes.stream().filter(ProcessRecord::isNode).toList();
    }

    /** Every router's DynamoDB endpoint, the first router's first. */
    public List<String> endpoints() {
        return processes.stream().filter(p -> ProcessRecord.ROUTER.equals(p.role()))
                .map(p -> "http://" + p.host() + ":" + p.httpPort()).toList();
    }

    /** A copy with {@code added} as a new process (a node that joins a running cluster). */
    public ClusterFile plus(ProcessRecord added) {
        if (processes.stream().anyMatch(p -> p.id().equals(added.id()))) {
            throw new IllegalArgumentException(added.id() + " is already in " + FILE_NAME);
        }
        List<ProcessRecord> copy = new ArrayList<>(processes);
        copy.add(added);
        return new ClusterFile(copy, endpoint);
    }

    /** A copy with {@code updated} in place of the process with the same id. */
    public ClusterFile with(ProcessRecord updated) {
        List<ProcessRecord> copy = new ArrayList<>(processes.size());
        for (ProcessRecord p : processes) {
            copy.add(p.id().equals(updated.id()) ? updated : p);
        }
        return new ClusterFile(copy, endpoint);
    }
}
