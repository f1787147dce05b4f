package dev.mdquiz.generator.internal.cache;

import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.write.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cache folder ({@code cacheDirectory}): build state kept between runs, never published. The only code that
 * knows its layout and formats:
 * <pre>
 * manifests/&lt;output&gt;.txt    what the last build wrote for each output ({@link Manifest}): site, answer-keys, ...
 * last-build.yaml            the last successful build ({@link BuildRecord})
 * keys/&lt;hash&gt;.txt            stretched key material of one quiz, by a hash of its id
 * math/&lt;hash&gt;.mml            one formula as MathML, or Temml's error, by a hash of its TeX, kind and engine
 * </pre>
 * Each file starts with a header line, {@code # mdquiz <kind> v<format> sha256:<hash of the rest>}. A file that is
 * missing, unreadable or not a file, or whose header or hash does not match (an older format, a foreign, truncated
 * or damaged file), counts as absent: the build does the work again and writes a good file over it.
 */
public final class BuildCache {
    private static final Pattern OUTPUT_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String LAST_BUILD_FILE = "last-build.yaml";
    private static final String KEYS_FOLDER = "keys";
    private static final String MANIFESTS_FOLDER = "manifests";
    private static final String MATH_FOLDER = "math";
    // format 2 of each file put the hash of its content in its first line; format 1 files count as absent
    // format 3 of manifests is lines, not YAML
    private static final Kind MANIFEST = new Kind("manifest", 3);
    // format 3 of the last build names the folder its warnings' paths are relative to
    private static final Kind LAST_BUILD = new Kind("last build", 3);
    private static final Kind DERIVED_KEYS = new Kind("stretched keys", 2);
    private static final Kind FORMULA = new Kind("formula", 1);

    /** What a file holds and in which format version: its header line says both. */
    private record Kind(String name, int format) {
        String header(String hash) {
            return "# mdquiz " + name + " v" + format + " sha256:" + hash;
        }
    }

    private final Path directory;
    /** Manifests as read or last stored: a build consults each more than once. */
    private final Map<String, Manifest> manifests = new HashMap<>();

    private BuildCache(Path directory) {
        this.directory = directory;
    }

    /** The cache in {@code directory}, created when first written; a file where the folder should be is refused. */
    public static BuildCache open(Path directory) throws OutputDirectoryException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw OutputDirectoryException.notAFolder(Setting.CACHE_DIRECTORY, directory);
        }
        return new BuildCache(directory);
    }

    /** What the last build wrote for the output {@code output}; empty after a first build or a lost cache. */
    public synchronized Manifest manifest(String output) {
        return manifests.computeIfAbsent(output,
                o -> read(manifestFile(o), MANIFEST, CacheFormats::manifest).orElseGet(Manifest::new));
    }

    public synchronized void storeManifest(String output, Manifest manifest) throws OutputDirectoryException {
        write(manifestFile(output), MANIFEST, CacheFormats.manifest(manifest));
        manifests.put(output, manifest);
        try { // the YAML manifest of format 2, which this one replaces
            Files.deleteIfExists(file(MANIFESTS_FOLDER + "/" + output + ".yaml"));
        } catch (IOException leftAlone) {
            // a leftover nobody reads; the next build tries again
        }
    }

    private static String manifestFile(String output) {
        if (!OUTPUT_NAME.matcher(output).matches()) {
            throw new IllegalArgumentException("an output's name is lower-case letters, digits and '-': " + output);
        }
        return MANIFESTS_FOLDER + "/" + output + ".txt";
    }

    /** The last successful build, if one was recorded and its record is intact. */
    public Optional<BuildRecord> lastBuild() {
        return read(LAST_BUILD_FILE, LAST_BUILD, CacheFormats::lastBuild);
    }

    public void storeLastBuild(BuildRecord record) throws OutputDirectoryException {
        write(LAST_BUILD_FILE, LAST_BUILD, CacheFormats.lastBuild(record));
    }

    /** Forgets the last build, so that a build that fails half-way is never mistaken for the last good one. */
    public void forgetLastBuild() throws OutputDirectoryException {
        try {
            clear(file(LAST_BUILD_FILE));
        } catch (IOException e) {
            throw failure(file(LAST_BUILD_FILE), e);
        }
    }

    /** The stretched key material the last build used for quiz {@code quizId}, by derivation (both in hex). */
    public Map<String, String> derivedKeys(String quizId) {
        return read(keysFile(quizId), DERIVED_KEYS, CacheFormats::derivedKeys).orElseGet(Map::of);
    }

    /**
     * Replaces the quiz's stored material with exactly {@code material}. Throws an IOException, as key derivation
     * may, that the writer reports as the cache's: see {@link CacheWriteException}.
     */
    public void storeDerivedKeys(String quizId, Map<String, String> material) throws CacheWriteException {
        try {
            write(keysFile(quizId), DERIVED_KEYS, CacheFormats.derivedKeys(material));
        } catch (OutputDirectoryException e) {
            throw new CacheWriteException(e);
        }
    }

    /**
     * A formula as a build rendered it, by {@code key} (a hash of the TeX, display or inline, and the engine's
     * version): what keeps a rebuild or a preview from loading the TeX engine when no formula changed.
     */
    public Optional<String> formula(String key) {
        return read(formulaFile(key), FORMULA, Optional::of);
    }

    /** Stores a formula's rendering; throws an IOException, as the writer's producers may: see {@link CacheWriteException}. */
    public void storeFormula(String key, String rendered) throws CacheWriteException {
        try {
            write(formulaFile(key), FORMULA, rendered);
        } catch (OutputDirectoryException e) {
            throw new CacheWriteException(e);
        }
    }

    private static String formulaFile(String key) {
        return MATH_FOLDER + "/" + Sha256.hex(key, 32) + ".mml";
    }

    private static String keysFile(String quizId) {
        return KEYS_FOLDER + "/" + Sha256.hex(quizId, 16) + ".txt";
    }

    private <T> Optional<T> read(String name, Kind kind, Function<String, Optional<T>> body) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            return Optional.empty(); // rebuilt and written over; if that fails too, the write reports it
        }
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0) {
            return Optional.empty();
        }
        byte[] rest = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        String header = new String(bytes, 0, newline, StandardCharsets.US_ASCII);
        if (!header.equals(kind.header(Sha256.hex(rest)))) {
            return Optional.empty();
        }
        return body.apply(new String(rest, StandardCharsets.UTF_8));
    }

    private void write(String name, Kind kind, String body) throws OutputDirectoryException {
        Path file = file(name);
        byte[] rest = body.getBytes(StandardCharsets.UTF_8);
        byte[] header = (kind.header(Sha256.hex(rest)) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = Arrays.copyOf(header, header.length + rest.length);
        System.arraycopy(rest, 0, content, header.length, rest.length);
        try {
            synchronized (this) { // pages store their keys in parallel: one clears the way, the others find it clear
                clearTheWay(file);
                Files.createDirectories(file.getParent());
            }
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /**
     * The cache folder is the generator's own: whatever stands where one of its files or sub-folders belongs (a
     * folder where a file goes, a file where a folder goes) is a leftover, and goes.
     */
    private void clearTheWay(Path file) throws IOException {
        Path relative = directory.relativize(file);
        for (int depth = 1; depth < relative.getNameCount(); depth++) {
            Path folder = directory.resolve(relative.subpath(0, depth));
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
                Files.delete(folder);
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            clear(file);
        }
    }

    /** Deletes a file, or a folder and all it holds; symbolic links are deleted, never followed. */
    private static void clear(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        List<Path> inside;
        try (Stream<Path> walk = Files.walk(path)) {
            inside = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path each : inside) {
            Files.delete(each);
        }
    }

    private Path file(String name) {
        return directory.resolve(name);
    }

    private OutputDirectoryException failure(Path file, IOException e) {
        return new OutputDirectoryException(Setting.CACHE_DIRECTORY, directory, "cannot write the build cache file "
                + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
