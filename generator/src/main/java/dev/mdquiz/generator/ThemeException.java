package dev.mdquiz.generator;

/** A theme template or file failed; the message names the template and line. */
public final class ThemeException extends QuizBuildException {
    public ThemeException(String message, Throwable cause) {
        super(Setting.THEME_DIRECTORY, message, cause);
    }
}
