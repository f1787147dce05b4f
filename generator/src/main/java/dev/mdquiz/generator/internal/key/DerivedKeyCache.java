package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.cache.BuildCache;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stretched key material of one quiz, kept between builds in the {@link BuildCache} so that unchanged questions
 * cost nothing, content-addressed by {@link Derivation#cacheKey()}. Each build stores exactly the derivations it
 * used, so edited questions leave nothing behind. It is as sensitive as the teachers' answer keys.
 */
final class DerivedKeyCache {
    private final BuildCache cache;
    private final String quizId;
    private final Map<String, String> stored;

    private DerivedKeyCache(BuildCache cache, String quizId, Map<String, String> stored) {
        this.cache = cache;
        this.quizId = quizId;
        this.stored = stored;
    }

    /** The material stored for {@code quizId}; none without a cache, or when its file is missing or damaged. */
    static DerivedKeyCache load(BuildCache cache, String quizId) {
        return new DerivedKeyCache(cache, quizId, cache == null ? Map.of() : cache.derivedKeys(quizId));
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
        if (cache != null && !used.equals(stored)) {
            cache.storeDerivedKeys(quizId, used);
        }
    }
}
