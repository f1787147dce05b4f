package dev.mdquiz.generator.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Long texts pages carry as they are (the theme's inline scripts and styles, the messages of its scripts), encoded to
 * UTF-8 once, by identity: {@link PageWriter} writes these bytes when the template writes one of these very strings.
 * Equal text in another string is encoded as usual, so a page's bytes never depend on this. Thread-safe.
 */
final class EncodedTexts {
    /** Shorter texts are encoded as they come: looking them up would cost about as much. */
    static final int SHORTEST = 1024;

    /** A string by identity: two equal strings are two keys. */
    private record Identity(String text) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.text == text;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(text);
        }
    }

    private final Map<Identity, byte[]> bytes = new ConcurrentHashMap<>();

    /** Encodes {@code text} once for every page that carries it; returns it. */
    String add(String text) {
        if (text.length() >= SHORTEST) {
            bytes.computeIfAbsent(new Identity(text), identity -> text.getBytes(StandardCharsets.UTF_8));
        }
        return text;
    }

    /** The text's bytes if it is one of these strings, else null. */
    byte[] get(String text) {
        return text.length() < SHORTEST ? null : bytes.get(new Identity(text));
    }
}
