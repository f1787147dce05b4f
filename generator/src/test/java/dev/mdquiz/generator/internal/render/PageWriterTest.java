package dev.mdquiz.generator.internal.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A page written piece by piece, some pieces spliced in as bytes, is the UTF-8 of the whole text. */
class PageWriterTest {
    /** Outside the Basic Multilingual Plane: two chars, four bytes. */
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aCharacterOfTwoCharsIsWholeWhereverTheWriterBuffersEnd() throws IOException {
        // the pair lands on every side of the writer's 8,192-char buffer and of the bytes' first 8 KB
        for (int before = 8_180; before <= 8_200; before++) {
            String text = "a".repeat(before) + EMOJI + "é" + EMOJI.repeat(3) + "z";
            PageWriter whole = new PageWriter(new EncodedTexts(), 16);
            whole.write(text);
            assertArrayEquals(utf8(text), whole.toByteArray(), "written whole after " + before);

            PageWriter split = new PageWriter(new EncodedTexts(), 16);
            split.write("a".repeat(before));
            split.write(EMOJI.charAt(0)); // the pair in two writes, each of another kind
            split.write(new char[] {EMOJI.charAt(1), 'é'}, 0, 2);
            String rest = EMOJI.repeat(3) + "z";
            split.write(rest, 0, 3);
            split.write(rest, 3, rest.length() - 3);
            assertArrayEquals(utf8(text), split.toByteArray(), "written in pieces after " + before);
        }
    }

    @Test
    void splicedTextsStandWhereTheyWereWritten() throws IOException {
        EncodedTexts encoded = new EncodedTexts();
        String script = encoded.add("const smile = '" + EMOJI + "';\n".repeat(EncodedTexts.SHORTEST));
        for (int before = 8_185; before <= 8_195; before++) {
            String start = "<p>" + "ü".repeat(before) + EMOJI + "</p><script>";
            PageWriter page = new PageWriter(encoded, 16);
            page.write(start);
            page.write(script); // spliced as its bytes
            page.write("</script>" + EMOJI);
            page.write(new String(script)); // equal, but not the same string: encoded as it comes
            assertArrayEquals(utf8(start + script + "</script>" + EMOJI + script), page.toByteArray(), "after " + before);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
