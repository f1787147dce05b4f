package dev.mdquiz.generator;

import java.util.List;

/** The question banks contain errors; nothing was written. */
public final class InvalidBanksException extends QuizBuildException {
    private final List<Diagnostic> diagnostics;

    public InvalidBanksException(List<Diagnostic> diagnostics) {
        super(null, summary(diagnostics), null); // the banks are at fault, not a setting
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem found, errors and warnings, in file and line order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public long errorCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + " and " + plural(warnings, "warning") + " in question banks";
    }

    static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
