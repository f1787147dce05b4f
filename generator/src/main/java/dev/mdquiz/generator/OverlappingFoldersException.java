package dev.mdquiz.generator;

import java.nio.file.Path;

/**
 * Two configured folders overlap so that a build would publish, read or overwrite what it must not (the output
 * inside the sources, the answer keys inside the site, ...). Raised before anything is written.
 */
public final class OverlappingFoldersException extends QuizBuildException {
    private final String setting;
    private final Path directory;

    /**
     * @param setting   the setting to change, named as in the Maven plugin: {@code outputDirectory}, ...
     * @param directory the folder that setting gives
     */
    public OverlappingFoldersException(String setting, Path directory, String message) {
        super(message, null);
        this.setting = setting;
        this.directory = directory;
    }

    /** The setting to change, e.g. {@code outputDirectory} or {@code answerKeyDirectory}. */
    public String setting() {
        return setting;
    }

    public Path directory() {
        return directory;
    }
}
