package dev.mdquiz.generator.internal.cache;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * The last successful build, kept by {@link BuildCache}: the hash of everything it read and what it reported. A
 * rebuild whose inputs hash the same, over outputs nobody touched, reports this instead of parsing anything.
 *
 * @param inputs    hash of the sources, settings, theme and generator version (BuildInputs)
 * @param warnings  reported again by a rebuild that skips the work, as the build that did it reported them
 */
public record BuildRecord(String inputs, int quizzes, int questions, List<Diagnostic> warnings) {
    public BuildRecord {
        warnings = List.copyOf(warnings);
    }

    /** What the recorded build reported, for a rebuild that had nothing to write. */
    public BuildResult result(Path outputDirectory) {
        return new BuildResult(quizzes, questions, 0, outputDirectory, warnings);
    }
}
