package dev.mdquiz.generator.internal.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A page as the template writes it, encoded to UTF-8 as it comes rather than held as a string first (a page is
 * mostly its inline script and style, which would make it one string of tens of kilobytes, copied as it grows and
 * again to encode it). Texts in {@link EncodedTexts} are written as their bytes.
 */
final class PageWriter extends Writer {
    private final ByteArrayOutputStream bytes;
    /** Encodes what is not spliced; keeps a surrogate that ends one write for the next. */
    private final Writer text;
    private final EncodedTexts encoded;
    private char[] chars = new char[256];

    PageWriter(EncodedTexts encoded, int expectedBytes) {
        this.bytes = new ByteArrayOutputStream(expectedBytes);
        this.text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        this.encoded = encoded;
    }

    @Override
    public void write(String string) throws IOException {
        byte[] known = encoded.get(string);
        if (known == null) {
            text.write(string);
        } else {
            text.flush();
            bytes.write(known);
        }
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        // the encoder would copy each slice into a new array: escaped text comes in many slices
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        string.getChars(offset, offset + length, chars, 0);
        text.write(chars, 0, length);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        text.write(chars, offset, length);
    }

    @Override
    public void write(int c) throws IOException {
        text.write(c);
    }

    @Override
    public void flush() throws IOException {
        text.flush();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    /** The page's bytes so far. */
    byte[] toByteArray() throws IOException {
        text.flush();
        return bytes.toByteArray();
    }
}
