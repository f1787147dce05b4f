package dev.mdquiz.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a successful export produced.
 *
 * @param quizzes         banks exported, each once per format
 * @param questions       questions over all banks
 * @param formats         the formats written, in order: "moodle", "gift", ...
 * @param filesWritten    files whose content changed on disk (unchanged files are left untouched)
 * @param exportDirectory the folder holding a folder per format
 * @param warnings        problems in the banks, and what each format dropped or approximated
 */
public record ExportResult(int quizzes, int questions, List<String> formats, int filesWritten, Path exportDirectory,
                           List<Diagnostic> warnings) {
    public ExportResult {
        formats = List.copyOf(formats);
        warnings = List.copyOf(warnings);
    }
}
