package dev.mdquiz.generator;

/** The JVM the generator ran in on its own ({@link ForkedGenerator}) could not finish: it ran out of memory, or failed to start. */
public final class GeneratorJvmException extends QuizBuildException {
    public GeneratorJvmException(String message, Throwable cause) {
        super(Setting.FORK_MAX_HEAP, message, cause);
    }
}
