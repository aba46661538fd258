package io.cairndb.replication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.storage.FileInfo;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.SnapshotInfo;
import org.apache.ratis.statemachine.SnapshotRetentionPolicy;
import org.apache.ratis.statemachine.StateMachineStorage;
import org.apache.ratis.statemachine.impl.FileListSnapshotInfo;
import org.apache.ratis.util.FileUtils;

/**
 * Snapshots of a data group as store checkpoints in the Ratis state-machine directory: one
 * directory {@code snapshot.<term>_<index>} per snapshot, listed file by file so that Ratis can
 * ship it to a follower chunk by chunk. Ratis installs a received snapshot by replacing the
 * whole state-machine directory with the files it received (keeping their paths) plus an
 * {@code .md5} file per file, so after an install this class finds the new snapshot by scanning.
 */
final class CheckpointSnapshots implements StateMachineStorage {
    private static final Pattern NAME = Pattern.compile("snapshot\\.(\\d+)_(\\d+)");
    private static final String MD5_SUFFIX = ".md5";
    private static final String TEMPORARY_PREFIX = ".tmp-";

    private volatile Path directory;
    private volatile FileListSnapshotInfo latest;

    @Override
    public void init(RaftStorage storage) throws IOException {
        directory = storage.getStorageDir().getStateMachineDir().toPath();
        Files.createDirectories(directory);
        deleteUnfinished();
        refresh();
    }

    /** Checkpoints a crash interrupted before their rename: never complete, never listed. */
    private void deleteUnfinished() throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.toList()) {
                if (child.getFileName().toString().startsWith(TEMPORARY_PREFIX)) {
                    FileUtils.deleteFully(child);
                }
            }
        }
    }

    /** Re-reads the directory: after a snapshot was taken or installed. */
    FileListSnapshotInfo refresh() {
        latest = scan().stream().max(Comparator.comparingLong(SnapshotInfo::getIndex)).orElse(null);
        return latest;
    }

    @Override
    public SnapshotInfo getLatestSnapshot() {
        return latest;
    }

    /** The checkpoint directory of {@code snapshot}. */
    Path directoryOf(SnapshotInfo snapshot) {
        return directory.resolve(name(snapshot.getTermIndex()));
    }

    Path directoryFor(TermIndex termIndex) {
        return directory.resolve(name(termIndex));
    }

    /** A fresh directory to take a checkpoint into before renaming it to its final name. */
    Path temporaryFor(TermIndex termIndex) {
        return directory.resolve(TEMPORARY_PREFIX + name(termIndex) + "-" + System.nanoTime());
    }

    @Override
    public void format() {
        // nothing to prepare: snapshot directories are created when taken
    }

    @Override
    public void cleanupOldSnapshots(SnapshotRetentionPolicy policy) throws IOException {
        int keep = policy.getNumSnapshotsRetained();
        if (keep <= 0) {
            return;
        }
        List<FileListSnapshotInfo> all = new ArrayList<>(scan());
        all.sort(Comparator.comparingLong(SnapshotInfo::getIndex).reversed());
        for (FileListSnapshotInfo old : all.subList(Math.min(keep, all.size()), all.size())) {
            FileUtils.deleteFully(directoryOf(old));
        }
    }

    private List<FileListSnapshotInfo> scan() {
        Path dir = directory;
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<FileListSnapshotInfo> snapshots = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.toList()) {
                Matcher m = NAME.matcher(child.getFileName().toString());
                if (m.matches() && Files.isDirectory(child)) {
                    TermIndex termIndex = TermIndex.valueOf(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
                    snapshots.add(new FileListSnapshotInfo(files(child), termIndex));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list snapshots in " + dir, e);
        }
        return snapshots;
    }

    private static List<FileInfo> files(Path snapshotDir) throws IOException {
        try (Stream<Path> walk = Files.walk(snapshotDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(MD5_SUFFIX))
                    .sorted()
                    .map(p -> new FileInfo(p.toAbsolutePath(), null))
                    .toList();
        }
    }

    private static String name(TermIndex termIndex) {
        return "snapshot." + termIndex.getTerm() + "_" + termIndex.getIndex();
    }
}
