package dev.mdquiz.generator.internal.key;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The key material of one response part: {@code SHA-256(text)}, or PBKDF2-HMAC-SHA-256 of the text with the
 * question's salt when the question is stretched. The page's script computes the same (keys.js, derive).
 *
 * @param salt       the question's salt, the PBKDF2 salt
 * @param text       {@code salt|quizId|questionId|part|value}
 * @param iterations PBKDF2 iterations; 0 or 1 for plain SHA-256
 */
record Derivation(String salt, String text, int iterations) {
    private static final int BITS = 256;

    boolean stretched() {
        return iterations > 1;
    }

    byte[] compute() {
        if (!stretched()) {
            return Sha256.digest(text);
        }
        try {
            // SunJCE's PBKDF2 encodes the char[] password as UTF-8, as the page's TextEncoder does
            PBEKeySpec spec = new PBEKeySpec(text.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }

    /** Names this derivation in the cache without keeping its text. */
    String cacheKey() {
        return Sha256.hex("pbkdf2-sha256\n" + iterations + "\n" + salt + "\n" + text);
    }
}
