package dev.mdquiz.generator;

/** Base of every failure the generator reports to its caller; each subtype names what the user must fix. */
public abstract class QuizBuildException extends Exception {
    protected QuizBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
