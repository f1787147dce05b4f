package dev.mdquiz.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link QuizImporter#run()} did.
 *
 * @param written     the files written (banks, {@code _section.md}, images); none when there were errors
 * @param banks       banks made
 * @param questions   questions carried over
 * @param diagnostics what could not be carried over, at the imported file's lines
 */
public record ImportResult(List<Path> written, int banks, int questions, List<Diagnostic> diagnostics) {
    public ImportResult {
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Errors stop the import: nothing was written. */
    public boolean failed() {
        return count(Severity.ERROR) > 0;
    }
}
