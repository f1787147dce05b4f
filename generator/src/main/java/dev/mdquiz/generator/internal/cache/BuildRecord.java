package dev.mdquiz.generator.internal.cache;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * The last successful build, kept by {@link BuildCache}: the hash of everything it read and what it reported. A
 * rebuild whose inputs hash the same, over outputs nobody touched, reports this instead of parsing anything.
 *
 * @param inputs      hash of the sources, settings, theme and generator version (BuildInputs)
 * @param displayRoot the absolute folder the warnings' paths were relative to (where Maven ran, without a project)
 * @param warnings    reported again by a rebuild that skips the work, as the build that did it reported them
 */
public record BuildRecord(String inputs, String displayRoot, int quizzes, int questions, List<Diagnostic> warnings) {
    public BuildRecord {
        warnings = List.copyOf(warnings);
    }

    /**
     * What the recorded build reported, for a rebuild that had nothing to write, with each warning's path shown
     * from {@code displayRoot} as that build would have shown it: relative paths stay relative, absolute ones
     * (folders outside the old root) become relative when they lie inside the new one.
     */
    public BuildResult result(Path outputDirectory, Path displayRoot) {
        List<Diagnostic> shown = displayRoot.toString().equals(this.displayRoot) ? warnings
                : warnings.stream().map(w -> new Diagnostic(shownFrom(w.path(), displayRoot), w.line(), w.column(),
                w.severity(), w.message())).sorted(Diagnostic.ORDER).toList();
        return new BuildResult(quizzes, questions, 0, outputDirectory, shown);
    }

    private String shownFrom(String recorded, Path newRoot) {
        Path path = Path.of(recorded);
        Path absolute = Path.of(displayRoot).resolve(path).normalize();
        if (path.isAbsolute() && (!absolute.startsWith(newRoot) || absolute.equals(newRoot))) {
            return recorded;
        }
        return newRoot.relativize(absolute).toString().replace('\\', '/');
    }
}
