package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.key.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A short hash of a page's data model, written out in one canonical form: keys sorted, values length-prefixed. */
final class PublishedVersion {
    private static final int HEX_LENGTH = 12;

    private PublishedVersion() {
    }

    /**
     * The canonical form is hashed piece by piece, never held whole: a page's model is large. Each text is one
     * piece, between a {@code :} and a digit, {@code }} or {@code ]}, so no character is split between pieces and
     * their UTF-8 is that of the whole form.
     */
    static String of(Map<String, Object> model) {
        MessageDigest sha256 = Sha256.newDigest();
        update(sha256, "mdquiz-version\n");
        append(model, sha256);
        return HexFormat.of().formatHex(sha256.digest(), 0, HEX_LENGTH / 2);
    }

    private static void append(Object value, MessageDigest out) {
        if (value instanceof Map<?, ?> map) {
            out.update((byte) '{');
            new TreeMap<>(map).forEach((key, entry) -> {
                append(key, out);
                append(entry, out);
            });
            out.update((byte) '}');
        } else if (value instanceof List<?> list) {
            out.update((byte) '[');
            list.forEach(entry -> append(entry, out));
            out.update((byte) ']');
        } else {
            String text = String.valueOf(value);
            update(out, text.length() + ":");
            update(out, text);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
