package dev.mdquiz.generator.internal.write;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.Severity;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last successful build, kept in the cache folder: the hash of everything it read and what it reported. A
 * rebuild whose inputs hash the same, over outputs nobody touched, reports this instead of parsing anything.
 *
 * @param inputs    hash of the sources, settings, theme and generator version ({@link BuildInputs})
 * @param warnings  reported again by a rebuild that skips the work, as the build that did it reported them
 */
public record BuildRecord(String inputs, int quizzes, int questions, List<Diagnostic> warnings) {
    private static final int FORMAT = 1;
    private static final String FILE_NAME = "last-build.yaml";

    public BuildRecord {
        warnings = List.copyOf(warnings);
    }

    /** What the recorded build reported, for a rebuild that had nothing to write. */
    public BuildResult result(Path outputDirectory) {
        return new BuildResult(quizzes, questions, 0, outputDirectory, warnings);
    }

    /** A missing, unreadable or older record means a full build, never a failure. */
    public static Optional<BuildRecord> load(Path cacheDirectory) {
        Path file = cacheDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Object loaded = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
            if (!(loaded instanceof Map<?, ?> root) || !Integer.valueOf(FORMAT).equals(root.get("format"))) {
                return Optional.empty();
            }
            List<Diagnostic> warnings = ((List<?>) root.get("warnings")).stream().map(BuildRecord::diagnostic).toList();
            return Optional.of(new BuildRecord((String) root.get("inputs"), ((Number) root.get("quizzes")).intValue(),
                    ((Number) root.get("questions")).intValue(), warnings));
        } catch (IOException | YamlEngineException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Forgets the record, so that a build that fails half-way is never mistaken for the last good one. */
    public static void forget(Path cacheDirectory) throws OutputDirectoryException {
        try {
            Files.deleteIfExists(cacheDirectory.resolve(FILE_NAME));
        } catch (IOException e) {
            throw failure(cacheDirectory, e);
        }
    }

    public void store(Path cacheDirectory) throws OutputDirectoryException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("inputs", inputs);
        root.put("quizzes", quizzes);
        root.put("questions", questions);
        root.put("warnings", warnings.stream().map(BuildRecord::yaml).toList());
        try {
            AtomicFile.write(cacheDirectory.resolve(FILE_NAME),
                    new Dump(DumpSettings.builder().build()).dumpToString(root).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure(cacheDirectory, e);
        }
    }

    private static OutputDirectoryException failure(Path cacheDirectory, IOException e) {
        return new OutputDirectoryException(cacheDirectory, "cannot update the build cache {}: " + e.getMessage(), e);
    }

    private static Map<String, Object> yaml(Diagnostic diagnostic) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("path", diagnostic.path());
        values.put("line", diagnostic.line());
        values.put("column", diagnostic.column());
        values.put("severity", diagnostic.severity().name());
        values.put("message", diagnostic.message());
        return values;
    }

    private static Diagnostic diagnostic(Object yaml) {
        Map<?, ?> values = (Map<?, ?>) yaml;
        return new Diagnostic((String) values.get("path"), ((Number) values.get("line")).intValue(),
                ((Number) values.get("column")).intValue(), Severity.valueOf((String) values.get("severity")),
                (String) values.get("message"));
    }
}
