package dev.mdquiz.generator.internal.model;

/** A 1-based line and column in a bank. */
public record SourcePosition(int line, int column) {
    public static final SourcePosition START = new SourcePosition(1, 1);
}
