package dev.mdquiz.generator;

import java.nio.file.Path;

/** The output directory could not be written. Files already in place are left as they were. */
public final class OutputDirectoryException extends QuizBuildException {
    private final Path directory;

    /** @param problem the message; {@code {}} stands for the directory */
    public OutputDirectoryException(Path directory, String problem, Throwable cause) {
        super(problem.replace("{}", directory.toString()), cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
