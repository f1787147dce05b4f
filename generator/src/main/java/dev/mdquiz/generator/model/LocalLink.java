package dev.mdquiz.generator.model;

/**
 * A link or image in a bank that points at a file of the course, by a path relative to the bank.
 *
 * @param path     the decoded path as written, without query or fragment
 * @param bankLink the target is another bank ({@code .md}): its page is what the link leads to
 */
public record LocalLink(String path, boolean image, boolean bankLink, SourcePosition position) {
}
