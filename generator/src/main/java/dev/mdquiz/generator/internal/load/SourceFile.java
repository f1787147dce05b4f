package dev.mdquiz.generator.internal.load;

/**
 * A bank read from disk and decoded.
 *
 * @param id          path under the source directory without {@code .md}, forward slashes
 * @param displayPath path shown in diagnostics
 * @param text        the content, without BOM, with {@code \n} line endings
 */
public record SourceFile(String id, String displayPath, String text) {
}
