package dev.mdquiz.generator.internal.key;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The AES-256-GCM key that locks a question's explanation and feedback: {@code SHA-256} of the response parts'
 * shares, in hex, sorted by part name, joined with commas. Only a correct response yields every share, so a wrong
 * one fails GCM's authentication check in the page (keys.js, unlock).
 */
public final class LockKey {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] key;

    private LockKey(byte[] key) {
        this.key = key;
    }

    static LockKey of(Map<String, byte[]> sharesByPart) {
        String shares = new TreeMap<>(sharesByPart).values().stream().map(Sha256.HEX::formatHex)
                .collect(Collectors.joining(","));
        return new LockKey(Sha256.digest(shares));
    }

    /**
     * Encrypts {@code plaintext}; returns base64 of IV, ciphertext and tag. The IV is derived from the key and the
     * plaintext, so builds stay reproducible and an edited explanation never reuses an IV under the same key.
     */
    public String seal(String plaintext) {
        byte[] text = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] iv = Arrays.copyOf(Sha256.digest(ByteBuffer.allocate(key.length + text.length).put(key).put(text).array()),
                IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(text);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }
}
