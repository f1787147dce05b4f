package dev.mdquiz.generator.internal.fork;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.OverlappingFoldersException;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.SourceDirectoryException;
import dev.mdquiz.generator.ThemeException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the generator's own JVM reports back, as properties: the build's result, or the failure the build threw,
 * which the parent throws again as it would have been thrown in its own JVM (message, setting, folder and
 * diagnostics; not the cause, which no goal reports).
 */
public final class Outcome {
    private Outcome() {
    }

    public static Properties of(BuildResult result) {
        Properties properties = new Properties();
        properties.setProperty("outcome", "built");
        properties.setProperty("quizzes", Integer.toString(result.quizzes()));
        properties.setProperty("questions", Integer.toString(result.questions()));
        properties.setProperty("filesWritten", Integer.toString(result.filesWritten()));
        properties.setProperty("outputDirectory", result.outputDirectory().toString());
        putDiagnostics(properties, result.warnings());
        return properties;
    }

    public static Properties of(QuizBuildException failure) {
        Properties properties = new Properties();
        properties.setProperty("outcome", "failed");
        properties.setProperty("type", failure.getClass().getSimpleName());
        properties.setProperty("message", failure.getMessage());
        failure.setting().ifPresent(setting -> properties.setProperty("setting", setting.name()));
        directory(failure).ifPresent(directory -> properties.setProperty("directory", directory.toString()));
        if (failure instanceof InvalidBanksException invalid) {
            putDiagnostics(properties, invalid.diagnostics());
        }
        return properties;
    }

    /** The result, or the failure thrown again; an outcome of another kind is refused. */
    public static BuildResult read(Properties properties) throws QuizBuildException {
        String outcome = properties.getProperty("outcome", "");
        if (outcome.equals("built")) {
            return new BuildResult(integer(properties, "quizzes"), integer(properties, "questions"),
                    integer(properties, "filesWritten"), Path.of(properties.getProperty("outputDirectory")),
                    diagnostics(properties));
        }
        if (!outcome.equals("failed")) {
            throw new IllegalStateException("the generator's JVM reported no outcome");
        }
        throw failure(properties);
    }

    private static QuizBuildException failure(Properties properties) {
        String message = properties.getProperty("message");
        String setting = properties.getProperty("setting");
        Path directory = properties.containsKey("directory") ? Path.of(properties.getProperty("directory")) : null;
        String problem = directory == null ? message : problem(message, directory.toString());
        return switch (properties.getProperty("type")) {
            case "InvalidBanksException" -> new InvalidBanksException(diagnostics(properties));
            case "OutputDirectoryException" -> new OutputDirectoryException(Setting.valueOf(setting), directory, problem, null);
            case "OverlappingFoldersException" -> new OverlappingFoldersException(Setting.valueOf(setting), directory, message);
            case "SourceDirectoryException" -> new SourceDirectoryException(directory, problem, null);
            case "ThemeException" -> new ThemeException(message, null);
            default -> throw new IllegalStateException("the generator's JVM failed: " + message);
        };
    }

    /**
     * A message back as the problem its exception was made with, where {@code {}} stands for the folder, so that the
     * exception made again says the same: each mention of the folder becomes {@code {}} again (a folder whose name
     * holds {@code {}} included). Only a {@code {}} elsewhere, in another path, cannot be kept; it becomes {@code { }}.
     */
    static String problem(String message, String directory) {
        if (directory.isEmpty()) {
            return message.replace("{}", "{ }");
        }
        StringBuilder problem = new StringBuilder(message.length());
        int from = 0;
        for (int at = message.indexOf(directory); at >= 0; at = message.indexOf(directory, from)) {
            problem.append(message.substring(from, at).replace("{}", "{ }")).append("{}");
            from = at + directory.length();
        }
        return problem.append(message.substring(from).replace("{}", "{ }")).toString();
    }

    private static java.util.Optional<Path> directory(QuizBuildException failure) {
        if (failure instanceof OutputDirectoryException e) {
            return java.util.Optional.of(e.directory());
        }
        if (failure instanceof OverlappingFoldersException e) {
            return java.util.Optional.of(e.directory());
        }
        if (failure instanceof SourceDirectoryException e) {
            return java.util.Optional.of(e.directory());
        }
        return java.util.Optional.empty();
    }

    private static void putDiagnostics(Properties properties, List<Diagnostic> diagnostics) {
        properties.setProperty("diagnostics", Integer.toString(diagnostics.size()));
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            String key = "diagnostic." + i + ".";
            properties.setProperty(key + "path", d.path());
            properties.setProperty(key + "line", Integer.toString(d.line()));
            properties.setProperty(key + "column", Integer.toString(d.column()));
            properties.setProperty(key + "severity", d.severity().name());
            properties.setProperty(key + "message", d.message());
        }
    }

    private static List<Diagnostic> diagnostics(Properties properties) {
        int count = integer(properties, "diagnostics");
        List<Diagnostic> diagnostics = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = "diagnostic." + i + ".";
            diagnostics.add(new Diagnostic(properties.getProperty(key + "path"), integer(properties, key + "line"),
                    integer(properties, key + "column"), Severity.valueOf(properties.getProperty(key + "severity")),
                    properties.getProperty(key + "message")));
        }
        return diagnostics;
    }

    private static int integer(Properties properties, String key) {
        return Integer.parseInt(properties.getProperty(key));
    }
}
