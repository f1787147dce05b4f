package dev.mdquiz.generator;

import java.util.Optional;

/**
 * Base of every failure the generator reports to its caller; each subtype names what the user must fix, and
 * {@link #setting()} which setting that concerns.
 */
public abstract class QuizBuildException extends Exception {
    private final Setting setting;

    /** @param setting the setting to check or change; null when none is at fault (the banks themselves are) */
    protected QuizBuildException(Setting setting, String message, Throwable cause) {
        super(message, cause);
        this.setting = setting;
    }

    /** The setting whose folder or value failed, e.g. {@link Setting#CACHE_DIRECTORY}; empty when none did. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }
}
