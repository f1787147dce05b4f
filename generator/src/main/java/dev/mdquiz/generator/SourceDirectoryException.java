package dev.mdquiz.generator;

import java.nio.file.Path;

/** The source directory is missing or cannot be listed. */
public final class SourceDirectoryException extends QuizBuildException {
    private final Path directory;

    /** @param problem the message; {@code {}} stands for the directory */
    public SourceDirectoryException(Path directory, String problem, Throwable cause) {
        super(Setting.SOURCE_DIRECTORY, problem.replace("{}", directory.toString()), cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
