package dev.mdquiz.generator.internal.load;

/**
 * A bank read from disk and decoded.
 *
 * @param id          path under the source directory without {@code .md}, forward slashes
 * @param displayPath path shown in diagnostics
 * @param text        the content; a leading BOM is dropped and line endings become {@code \n}
 */
public record SourceFile(String id, String displayPath, String text) {
    public SourceFile {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
