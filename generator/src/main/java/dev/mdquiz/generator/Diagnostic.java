package dev.mdquiz.generator;

import java.util.Comparator;

/**
 * One problem found in a question bank, located like a compiler would locate it.
 *
 * @param path   the bank's path relative to the configured display root, with forward slashes
 * @param line   1-based line
 * @param column 1-based column
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message) {

    /** Sorts by file, then position, errors before warnings at the same spot. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    /** {@code path:line:col: severity: message}. */
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
