package dev.mdquiz.generator;

/** The JVM the generator ran in on its own ({@link ForkedGenerator}) could not finish: it ran out of memory, or failed to start. */
public final class GeneratorJvmException extends QuizBuildException {
    /**
     * @param setting {@link Setting#FORK_MAX_HEAP} when more heap would help; null when no setting is at fault (the
     *                JVM could not be started, the build was interrupted)
     */
    public GeneratorJvmException(Setting setting, String message, Throwable cause) {
        super(setting, message, cause);
    }
}
