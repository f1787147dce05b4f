package dev.mdquiz.generator.internal.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files of the preview folder with what changes when one is written (size, time, identity: the writer moves
 * a new file into place), so that the files a build wrote or removed are the difference of two snapshots, without
 * reading any file.
 */
final class OutputStamps {
    private record Stamp(long size, long modifiedNanos, Object key) {
    }

    private final Map<String, Stamp> stamps;

    private OutputStamps(Map<String, Stamp> stamps) {
        this.stamps = stamps;
    }

    static OutputStamps none() {
        return new OutputStamps(Map.of());
    }

    /** The folder's files now, by path relative to it with forward slashes; none when it does not exist. */
    static OutputStamps of(Path folder) {
        Map<String, Stamp> stamps = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return new OutputStamps(stamps);
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        stamps.put(folder.relativize(file).toString().replace('\\', '/'), new Stamp(attributes.size(),
                                attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                                attributes.fileKey()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // a file moved away while walking: gone
                }
            });
        } catch (NoSuchFileException e) {
            return new OutputStamps(stamps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputStamps(stamps);
    }

    /** Paths added, removed or rewritten between {@code this} and {@code later}, in order. */
    Set<String> changedIn(OutputStamps later) {
        Set<String> changed = new TreeSet<>();
        later.stamps.forEach((path, stamp) -> {
            if (!Objects.equals(stamps.get(path), stamp)) {
                changed.add(path);
            }
        });
        stamps.keySet().stream().filter(path -> !later.stamps.containsKey(path)).forEach(changed::add);
        return changed;
    }
}
