package dev.mdquiz.generator.internal.cache;

import dev.mdquiz.generator.OutputDirectoryException;

import java.io.IOException;

/**
 * A cache write that failed where only an IOException may pass: while a page is produced, whose keys are stored as
 * they are derived. The site writer reports {@link #failure()}, which names {@code cacheDirectory}, not the site.
 */
public final class CacheWriteException extends IOException {
    private final OutputDirectoryException failure;

    CacheWriteException(OutputDirectoryException failure) {
        super(failure.getMessage(), failure);
        this.failure = failure;
    }

    public OutputDirectoryException failure() {
        return failure;
    }
}
