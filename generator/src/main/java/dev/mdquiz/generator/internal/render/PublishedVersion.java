package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.key.Sha256;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
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

    /** The canonical form is hashed as it is written, as UTF-8, never held whole: a page's model is large. */
    static String of(Map<String, Object> model) {
        MessageDigest sha256 = Sha256.newDigest();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha256), StandardCharsets.UTF_8))) {
            out.write("mdquiz-version\n");
            append(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a digest has nowhere to fail", e);
        }
        return HexFormat.of().formatHex(sha256.digest(), 0, HEX_LENGTH / 2);
    }

    private static void append(Object value, Writer out) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.write('{');
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                append(entry.getKey(), out);
                append(entry.getValue(), out);
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (Object entry : list) {
                append(entry, out);
            }
            out.write(']');
        } else {
            String text = String.valueOf(value);
            out.write(Integer.toString(text.length()));
            out.write(':');
            out.write(text);
        }
    }
}
