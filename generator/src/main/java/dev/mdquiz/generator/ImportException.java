package dev.mdquiz.generator;

/** quiz:import could not start: the file cannot be read, its format is unknown, or the source folder is unusable. */
public final class ImportException extends QuizBuildException {
    public ImportException(Setting setting, String message, Throwable cause) {
        super(setting, message, cause);
    }
}
