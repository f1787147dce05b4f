package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.write.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stretched key material of one quiz, kept between builds so that unchanged questions cost nothing: a text file
 * of {@code cacheKey material} lines, content-addressed by {@link Derivation#cacheKey()}. Each build rewrites it
 * with exactly the derivations it used, so edited questions leave nothing behind. It is as sensitive as the
 * instructor answer keys and lives beside them, outside the published folder.
 */
final class DerivedKeyCache {
    private static final String HEADER = "mdquiz stretched keys v1";
    private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{64}) ([0-9a-f]{64})");

    private final Path file;
    private final Map<String, String> stored;

    private DerivedKeyCache(Path file, Map<String, String> stored) {
        this.file = file;
        this.stored = stored;
    }

    /** The cache of the quiz {@code quizId} in {@code directory}; an unreadable or foreign file counts as empty. */
    static DerivedKeyCache load(Path directory, String quizId) {
        if (directory == null) {
            return new DerivedKeyCache(null, Map.of());
        }
        Path file = directory.resolve(Sha256.hex(quizId).substring(0, 16) + ".txt");
        Map<String, String> stored = new TreeMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                for (String line : lines.subList(1, lines.size())) {
                    Matcher entry = ENTRY.matcher(line);
                    if (entry.matches()) {
                        stored.put(entry.group(1), entry.group(2));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            // first build
        } catch (IOException e) {
            stored.clear(); // unreadable: derive everything again
        }
        return new DerivedKeyCache(file, stored);
    }

    /**
     * The material of every derivation, computing what the cache lacks on all cores, then stores exactly these.
     */
    Map<Derivation, byte[]> deriveAll(Collection<Derivation> derivations, KeyFunction function) throws IOException {
        Map<Derivation, byte[]> material = derivations.parallelStream().distinct()
                .collect(Collectors.toConcurrentMap(Function.identity(), d -> derive(d, function)));
        save(material);
        return material;
    }

    private byte[] derive(Derivation derivation, KeyFunction function) {
        String cached = stored.get(derivation.cacheKey());
        return cached != null ? Sha256.HEX.parseHex(cached) : derivation.compute(function);
    }

    private void save(Map<Derivation, byte[]> material) throws IOException {
        Map<String, String> used = new TreeMap<>();
        material.forEach((derivation, bytes) -> used.put(derivation.cacheKey(), Sha256.HEX.formatHex(bytes)));
        if (file == null || used.equals(stored)) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        used.forEach((key, value) -> text.append(key).append(' ').append(value).append('\n'));
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
