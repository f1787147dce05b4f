package dev.mdquiz.generator;

import java.nio.file.Path;

/**
 * Two configured folders overlap so that a build would publish, read or overwrite what it must not (the output
 * inside the sources, the answer keys inside the site, ...). Raised before anything is written; {@link #setting()}
 * is the one to change.
 */
public final class OverlappingFoldersException extends QuizBuildException {
    private final Path directory;

    /** @param directory the folder that {@code setting} gives */
    public OverlappingFoldersException(Setting setting, Path directory, String message) {
        super(setting, message, null);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
