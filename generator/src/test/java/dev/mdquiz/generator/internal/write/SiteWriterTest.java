package dev.mdquiz.generator.internal.write;

import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.internal.cache.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write stage's failures name the folder that failed, which is not always the one it writes. */
class SiteWriterTest {
    @TempDir
    Path root;

    @Test
    void aPageWhoseKeysCannotBeStoredNamesTheCacheNotTheSite() throws Exception {
        Files.writeString(root.resolve("blocked"), "a file where the cache's parent folder should be");
        BuildCache unwritable = BuildCache.open(root.resolve("blocked/cache"));
        SiteWriter writer = SiteWriter.open(root.resolve("site"), Setting.OUTPUT_DIRECTORY,
                BuildCache.open(root.resolve("cache")), "site");
        OutputFile page = new OutputFile("quiz.html", "input", () -> {
            unwritable.storeDerivedKeys("quiz", Map.of("a".repeat(64), "b".repeat(64))); // as AnswerKeys does
            return new byte[0];
        });
        OutputDirectoryException failure = assertThrows(OutputDirectoryException.class, () -> writer.write(List.of(page)));
        assertEquals(Optional.of(Setting.CACHE_DIRECTORY), failure.setting());
        assertTrue(failure.getMessage().startsWith("cannot write the build cache file " + root.resolve("blocked/cache")),
                failure.getMessage());
    }

    @Test
    void aFileThatCannotBeWrittenNamesTheWritersFolder() throws Exception {
        SiteWriter writer = SiteWriter.open(root.resolve("keys"), Setting.ANSWER_KEY_DIRECTORY,
                BuildCache.open(root.resolve("cache")), "answer-keys");
        Files.createDirectories(root.resolve("keys/quiz.md/in-the-way"));
        OutputDirectoryException failure = assertThrows(OutputDirectoryException.class,
                () -> writer.write(List.of(new OutputFile("quiz.md", "input", "# Key\n"::getBytes))));
        assertEquals(Optional.of(Setting.ANSWER_KEY_DIRECTORY), failure.setting());
    }
}
