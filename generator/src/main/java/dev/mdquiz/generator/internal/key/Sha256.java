package dev.mdquiz.generator.internal.key;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 of UTF-8 text, as the page's script computes it. */
public final class Sha256 {
    static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /**
     * One digest per thread, reused: looking one up from the security providers on every call cost more than
     * hashing the short texts most calls hash (salts, ids, versions).
     */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    public static byte[] digest(byte[] bytes) {
        return DIGESTS.get().digest(bytes); // digest() resets it for the next call
    }

    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(String text) {
        return HEX.formatHex(digest(text));
    }

    /** The first {@code hexDigits} (an even number) of {@link #hex(String)}, without writing out the rest. */
    public static String hex(String text, int hexDigits) {
        return HEX.formatHex(digest(text), 0, hexDigits / 2);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(digest(bytes));
    }

    /** Hex SHA-256 of a file's bytes, streamed rather than held. */
    public static String hex(Path file) throws IOException {
        MessageDigest digest = DIGESTS.get();
        digest.reset(); // a read that failed half way leaves bytes behind
        byte[] buffer = new byte[8192];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HEX.formatHex(digest.digest());
    }

    /** The {@code sha256-...} source expression of a Content-Security-Policy for an inline element. */
    public static String cspSource(String content) {
        return "'sha256-" + Base64.getEncoder().encodeToString(digest(content)) + "'";
    }
}
