package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.cache.BuildRecord;

import java.nio.file.Path;

/** Doctors the record of the last build, to see whether a rebuild reports it instead of doing the work. */
final class DoctoredCache {
    private DoctoredCache() {
    }

    /** Makes the last build's record claim {@code quizzes} quizzes; a rebuild that reports them parsed nothing. */
    static void claimQuizzes(Path cacheDirectory, int quizzes) throws Exception {
        BuildCache cache = BuildCache.open(cacheDirectory);
        BuildRecord last = cache.lastBuild().orElseThrow(() -> new AssertionError("no last build in " + cacheDirectory));
        cache.storeLastBuild(new BuildRecord(last.inputs(), last.displayRoot(), quizzes, last.questions(), last.warnings()));
    }
}
