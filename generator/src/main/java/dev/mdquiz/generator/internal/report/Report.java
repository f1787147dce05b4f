package dev.mdquiz.generator.internal.report;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the problems found in one source file go, each at a line and column of that file: the stages that read a
 * bank take its report rather than a path and a list to keep in step.
 */
public final class Report {
    private final String path;
    private final List<Diagnostic> found = new ArrayList<>();

    /** @param path the file as diagnostics name it (relative to the project) */
    public Report(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public void error(SourcePosition at, String message) {
        add(at.line(), at.column(), Severity.ERROR, message);
    }

    public void warning(SourcePosition at, String message) {
        add(at.line(), at.column(), Severity.WARNING, message);
    }

    public void add(int line, int column, Severity severity, String message) {
        found.add(new Diagnostic(path, line, column, severity, message));
    }

    /** A problem of this file found by code that makes its own diagnostics (the YAML parser's positions). */
    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    /** What was found so far, in the order it was found. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(found);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
