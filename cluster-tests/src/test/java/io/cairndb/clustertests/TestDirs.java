package io.cairndb.clustertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Cluster directories under {@code target/cluster-tests/<name>}: emptied before a test, kept after
 * it, so the processes' logs are there to read when a test fails (CI keeps target/).
 */
final class TestDirs {
    private TestDirs() {
    }

    static Path fresh(String name) {
        Path dir = Path.of("target", "cluster-tests", name).toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(TestDirs::delete);
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
