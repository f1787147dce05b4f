package dev.mdquiz.generator.internal.render;

import java.io.BufferedWriter;
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
    /**
     * Encodes what is not spliced, in chunks: the template writes a page in hundreds of small pieces, which the
     * encoder would each wrap and copy. Keeps a surrogate that ends one piece for the next.
     */
    private final Writer text;
    private final EncodedTexts encoded;

    PageWriter(EncodedTexts encoded, int expectedBytes) {
        this.bytes = new ByteArrayOutputStream(expectedBytes);
        this.text = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
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
        text.write(string, offset, length);
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
