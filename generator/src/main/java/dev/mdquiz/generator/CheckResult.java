package dev.mdquiz.generator;

import java.util.List;

/**
 * What checking the banks found.
 *
 * @param diagnostics   every problem, in file and line order
 * @param failOnWarning whether warnings count as failures
 */
public record CheckResult(int quizzes, int questions, List<Diagnostic> diagnostics, boolean failOnWarning) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Errors always fail; warnings fail only when asked to. */
    public boolean failed() {
        return count(Severity.ERROR) > 0 || (failOnWarning && count(Severity.WARNING) > 0);
    }
}
