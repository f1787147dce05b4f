package dev.mdquiz.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a successful run produced.
 *
 * @param quizzes      number of quiz pages
 * @param questions    number of questions over all quizzes
 * @param filesWritten files whose content changed on disk (unchanged files are left untouched)
 * @param warnings     problems that did not fail the build
 */
public record BuildResult(int quizzes, int questions, int filesWritten, Path outputDirectory, List<Diagnostic> warnings) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
