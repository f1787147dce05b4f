package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * What one format dropped or approximated of one bank, each at the line and column of what it concerns:
 * {@code week1/loops.md:12:1: warning: gift: ordering question q3 left out: GIFT has no ordering questions}.
 * Thread-safe.
 */
public final class ExportWarnings {
    private final String path;
    private final String format;
    private final List<Diagnostic> found = new ArrayList<>();

    /**
     * @param path   the bank as diagnostics name it
     * @param format the format's name, which starts every message
     */
    public ExportWarnings(String path, String format) {
        this.path = path;
        this.format = format;
    }

    /** The format's name, as messages start. */
    public String format() {
        return format;
    }

    /** @param message what was dropped or changed, naming the question: "ordering question q3 left out: ..." */
    public synchronized void warn(SourcePosition at, String message) {
        found.add(new Diagnostic(path, at.line(), at.column(), Severity.WARNING, format + ": " + message));
    }

    public synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(found);
    }
}
