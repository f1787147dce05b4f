package dev.mdquiz.generator.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Long texts every page carries as they are (the theme's inline script and style, the messages of its scripts),
 * encoded to UTF-8 once, by identity: {@link PageWriter} writes these bytes when the template writes one of these very
 * strings. Equal text in another string is encoded as usual, so a page's bytes never depend on this. Immutable.
 */
final class EncodedTexts {
    /** Shorter texts are encoded as they come: looking them up would cost about as much. */
    static final int SHORTEST = 1024;

    private final Map<String, byte[]> bytes;

    private EncodedTexts(Map<String, byte[]> bytes) {
        this.bytes = bytes;
    }

    static EncodedTexts of(String... texts) {
        return new EncodedTexts(new IdentityHashMap<>()).plus(texts);
    }

    /** These texts and those. */
    EncodedTexts plus(String... texts) {
        Map<String, byte[]> all = new IdentityHashMap<>(bytes);
        for (String text : texts) {
            if (text.length() >= SHORTEST) {
                all.put(text, text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return new EncodedTexts(all);
    }

    /** The text's bytes if it is one of these strings, else null. */
    byte[] get(String text) {
        return text.length() < SHORTEST ? null : bytes.get(text);
    }
}
