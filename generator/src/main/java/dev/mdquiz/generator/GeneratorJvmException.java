package dev.mdquiz.generator;

/**
 * The JVM the generator ran in on its own ({@link ForkedGenerator}) could not finish: it ran out of memory, failed to
 * start, or was ended because the build was interrupted. A crash of that JVM (a bug) is no such failure: it is thrown
 * as an {@link IllegalStateException} with what the JVM printed.
 */
public final class GeneratorJvmException extends QuizBuildException {
    /**
     * @param setting {@link Setting#FORK_MAX_HEAP} when more heap would help; null when no setting is at fault (the
     *                JVM could not be started, the build was interrupted)
     */
    public GeneratorJvmException(Setting setting, String message, Throwable cause) {
        super(setting, message, cause);
    }
}
