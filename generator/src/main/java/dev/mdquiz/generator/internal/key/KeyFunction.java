package dev.mdquiz.generator.internal.key;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Turns a response text into key material: one SHA-256, or PBKDF2-HMAC-SHA-256 with the question's salt when the
 * question is stretched. The page's script computes the same (keys.js, derive). The attack test substitutes one
 * that ignores its input, as an attacker who skips the derivation would: nothing published may then depend on
 * the answer.
 */
@FunctionalInterface
public interface KeyFunction {
    KeyFunction STANDARD = KeyFunction::standard;

    /** @param iterations PBKDF2 iterations; 0 or 1 for plain SHA-256 */
    byte[] derive(String salt, String text, int iterations);

    private static byte[] standard(String salt, String text, int iterations) {
        if (iterations <= 1) {
            return Sha256.digest(text);
        }
        try {
            // SunJCE's PBKDF2 encodes the char[] password as UTF-8, as the page's TextEncoder does
            PBEKeySpec spec = new PBEKeySpec(text.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }
}
