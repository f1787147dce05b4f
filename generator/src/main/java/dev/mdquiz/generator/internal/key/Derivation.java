package dev.mdquiz.generator.internal.key;

/**
 * What one response part's key material is derived from, by a {@link KeyFunction}.
 *
 * @param salt       the question's salt, the PBKDF2 salt
 * @param text       {@code salt|quizId|questionId|part|value}
 * @param iterations PBKDF2 iterations; 0 or 1 for plain SHA-256
 */
record Derivation(String salt, String text, int iterations) {
    boolean stretched() {
        return iterations > 1;
    }

    byte[] compute(KeyFunction function) {
        return function.derive(salt, text, iterations);
    }

    /** Names this derivation in the cache without keeping its text. */
    String cacheKey() {
        return Sha256.hex("pbkdf2-sha256\n" + iterations + "\n" + salt + "\n" + text);
    }
}
