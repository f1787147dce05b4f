package dev.mdquiz.generator.model;

/**
 * What a folder's {@code _section.md} says about it.
 *
 * @param path  the folder under the source directory, forward slashes; empty for the top level
 * @param order position among sibling folders; {@link QuizSettings#UNORDERED} when not given
 * @param intro the file's body
 */
public record SectionInfo(String path, String title, int order, Markup intro) {
}
