package dev.mdquiz.generator.internal.write;

import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.cache.CacheWriteException;
import dev.mdquiz.generator.internal.cache.Manifest;
import dev.mdquiz.generator.internal.key.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Write stage. Files whose inputs did not change since the last build, and that nobody touched since, are not
 * even produced. Every other file is written to a temporary name beside its target and moved into place, so a
 * reader never sees a half-written file, and a file whose bytes did not change is left alone. Files the last
 * build wrote that are no longer part of the site are deleted; files the generator did not write never are.
 */
public final class SiteWriter {
    private final Path outputDirectory;
    private final Setting setting;
    private final BuildCache cache;
    private final String manifest;

    /**
     * @param outputDirectory the folder written: the site, or the teachers' answer keys
     * @param setting         the setting that gives it, named by failures
     * @param manifest        the output whose manifest in the cache records what was written there
     */
    private SiteWriter(Path outputDirectory, Setting setting, BuildCache cache, String manifest) {
        this.outputDirectory = outputDirectory;
        this.setting = setting;
        this.cache = cache;
        this.manifest = manifest;
    }

    /** A writer into {@code outputDirectory}, which is created when first written; a file in its place is refused. */
    public static SiteWriter open(Path outputDirectory, Setting setting, BuildCache cache, String manifest)
            throws OutputDirectoryException {
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw OutputDirectoryException.notAFolder(setting, outputDirectory);
        }
        return new SiteWriter(outputDirectory, setting, cache, manifest);
    }

    /** Writes what changed; returns how many files were created or changed. */
    public int write(List<OutputFile> files) throws OutputDirectoryException, ThemeException {
        Manifest previous = cache.manifest(manifest);
        removeLeftoverTemporaries();
        Map<String, String> contentHashes = new ConcurrentHashMap<>();
        // a content-addressed file is produced to learn its hash: stage() then leaves an unchanged one alone
        List<OutputFile> needed = files.stream()
                .filter(file -> file.isContentAddressed() || !upToDate(file.path(), file.inputHash(), previous))
                .toList();
        Map<String, Path> staged = stage(needed, previous, contentHashes);

        Manifest next = new Manifest();
        int written = 0;
        try {
            for (OutputFile file : files) {
                Path target = target(file.path());
                Path content = staged.get(file.path());
                if (content != null && moveIfChanged(content, target)) {
                    written++;
                }
                String hash = file.isContentAddressed() ? contentHashes.get(file.path()) : file.inputHash();
                next.put(file.path(), content == null ? previous.get(file.path()) : describe(target, hash));
            }
        } finally {
            deleteStaged(staged.values());
        }
        deleteRemoved(previous, next);
        cache.storeManifest(manifest, next);
        return written;
    }

    /** Whether the last build wrote files here and every one of them is still as it left it. */
    public boolean untouchedSinceLastBuild() {
        Manifest previous = cache.manifest(manifest);
        return !previous.entries().isEmpty() && previous.entries().entrySet().stream()
                .allMatch(entry -> untouched(target(entry.getKey()), entry.getValue()));
    }

    /**
     * Whether the last build wrote the file from the same hash (its inputs', or for a content-addressed file its
     * bytes') and it is untouched since.
     */
    private boolean upToDate(String path, String hash, Manifest previous) {
        Manifest.Entry entry = previous.get(path);
        return entry != null && entry.input().equals(hash) && untouched(target(path), entry);
    }

    private static boolean untouched(Path target, Manifest.Entry entry) {
        try {
            return Files.isRegularFile(target) && Files.size(target) == entry.size()
                    && Files.getLastModifiedTime(target).toMillis() == entry.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Produces the contents that are needed, on all cores, each into a temporary file beside its target, so that
     * no more than one page per core is ever held in memory. If any fails, none is kept.
     */
    private Map<String, Path> stage(List<OutputFile> files, Manifest previous, Map<String, String> contentHashes)
            throws ThemeException, OutputDirectoryException {
        Map<String, Path> staged = new ConcurrentHashMap<>();
        AtomicReference<Failure> failure = new AtomicReference<>();
        for (boolean last : new boolean[] {false, true}) {
            // no task throws: a stream would return on the first exception while other tasks still stage files
            files.parallelStream().filter(file -> file.last() == last).forEach(file -> {
                if (failure.get() != null) {
                    return;
                }
                try {
                    byte[] bytes = file.content().produce();
                    if (file.isContentAddressed()) {
                        String hash = Sha256.hex(bytes);
                        contentHashes.put(file.path(), hash);
                        if (upToDate(file.path(), hash, previous)) {
                            return; // kept as the last build wrote it, like an up-to-date file
                        }
                    }
                    staged.put(file.path(), AtomicFile.stage(target(file.path()), bytes));
                } catch (Throwable e) { // an Error too: whatever was staged must still go
                    failure.compareAndSet(null, new Failure(file.path(), e));
                }
            });
        }
        if (failure.get() == null) {
            return staged;
        }
        deleteStaged(staged.values());
        Throwable cause = failure.get().cause();
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof ThemeException theme) {
            throw theme;
        }
        if (cause instanceof CacheWriteException cacheFailure) {
            throw cacheFailure.failure(); // a page's keys go to the cache as they are derived
        }
        throw new OutputDirectoryException(setting, outputDirectory, "cannot produce " + failure.get().path() + ": "
                + cause.getMessage(), cause);
    }

    private record Failure(String path, Throwable cause) {
    }

    private void deleteStaged(Collection<Path> staged) throws OutputDirectoryException {
        for (Path temporary : staged) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw failure(temporary, e);
            }
        }
    }

    private Manifest.Entry describe(Path target, String inputHash) throws OutputDirectoryException {
        try {
            return new Manifest.Entry(inputHash, Files.size(target), Files.getLastModifiedTime(target).toMillis());
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Moves the staged file over the target, unless the target already holds the same bytes. */
    private boolean moveIfChanged(Path staged, Path target) throws OutputDirectoryException {
        try {
            if (Files.isRegularFile(target) && Files.mismatch(staged, target) == -1L) {
                return false;
            }
            AtomicFile.moveIntoPlace(staged, target);
            return true;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Deletes what the last build wrote and this one did not, unless someone changed it since. */
    private void deleteRemoved(Manifest previous, Manifest next) throws OutputDirectoryException {
        for (Map.Entry<String, Manifest.Entry> old : previous.entries().entrySet()) {
            Path target = target(old.getKey());
            if (next.get(old.getKey()) == null && untouched(target, old.getValue())) {
                try {
                    Files.delete(target);
                    removeEmptyFolders(target.getParent());
                } catch (IOException e) {
                    throw failure(target, e);
                }
            }
        }
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path current = folder; current != null && current.startsWith(outputDirectory)
                && !current.equals(outputDirectory); current = current.getParent()) {
            try {
                Files.deleteIfExists(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    /** A build killed while writing may leave its temporary files; they are the generator's own. */
    public void removeLeftoverTemporaries() throws OutputDirectoryException {
        if (!Files.isDirectory(outputDirectory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(AtomicFile.TEMPORARY_SUFFIX)
                    && f.getFileName().toString().startsWith(".")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OutputDirectoryException(setting, outputDirectory, "cannot clean up {}: " + e.getMessage(), e);
        }
    }

    private Path target(String path) {
        return outputDirectory.resolve(path);
    }

    private OutputDirectoryException failure(Path target, IOException e) {
        return new OutputDirectoryException(setting, outputDirectory, "cannot write " + target + " ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
}
