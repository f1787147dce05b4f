package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.key.Sha256;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A short hash of a page's data model, written out in one canonical form: keys sorted, values length-prefixed. */
final class PublishedVersion {
    private static final int HEX_LENGTH = 12;

    private PublishedVersion() {
    }

    static String of(Map<String, Object> model) {
        StringBuilder out = new StringBuilder("mdquiz-version\n");
        append(model, out);
        return Sha256.hex(out.toString(), HEX_LENGTH);
    }

    private static void append(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(map).forEach((key, entry) -> {
                append(key, out);
                append(entry, out);
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(entry -> append(entry, out));
            out.append(']');
        } else {
            String text = String.valueOf(value);
            out.append(text.length()).append(':').append(text);
        }
    }
}
