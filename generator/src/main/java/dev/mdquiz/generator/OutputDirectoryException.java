package dev.mdquiz.generator;

import java.nio.file.Path;

/**
 * A folder the build writes could not be written: the site, the teachers' answer keys, the build cache or an
 * ejected theme, as {@link #setting()} says. Files already in place are left as they were.
 */
public final class OutputDirectoryException extends QuizBuildException {
    private final Path directory;

    /**
     * @param setting   the setting that gives {@code directory}
     * @param problem   the message; {@code {}} stands for the directory
     */
    public OutputDirectoryException(Setting setting, Path directory, String problem, Throwable cause) {
        super(setting, problem.replace("{}", directory.toString()), cause);
        this.directory = directory;
    }

    /** A file stands where {@code setting} says a folder goes. */
    public static OutputDirectoryException notAFolder(Setting setting, Path directory) {
        return new OutputDirectoryException(setting, directory, setting.parameter() + " {} is a file, not a folder:"
                + " remove it or choose another folder", null);
    }

    public Path directory() {
        return directory;
    }
}
