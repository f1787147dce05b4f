package dev.mdquiz.generator.internal.write;

import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.key.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void aContentAddressedFileIsMadeOncePerBuildAndLeftAloneWhileItsBytesStayTheSame() throws Exception {
        BuildCache cache = BuildCache.open(root.resolve("cache"));
        AtomicInteger made = new AtomicInteger();
        String[] content = {"# Key\n"};
        OutputFile key = OutputFile.contentAddressed("quiz.md", () -> {
            made.incrementAndGet();
            return content[0].getBytes(StandardCharsets.UTF_8);
        });
        Path file = root.resolve("keys/quiz.md");
        assertEquals(1, keys(cache).write(List.of(key)));
        assertEquals(1, made.get(), "made once, not once to hash and once to write");
        assertEquals(Sha256.hex("# Key\n"), cache.manifest("answer-keys").get("quiz.md").input(), "named by its bytes");

        FileTime written = Files.getLastModifiedTime(file);
        assertEquals(0, keys(cache).write(List.of(key)));
        assertEquals(written, Files.getLastModifiedTime(file), "the same bytes: left alone");
        assertEquals(2, made.get());
        assertTrue(keys(cache).untouchedSinceLastBuild());

        content[0] = "# Key, changed\n";
        assertEquals(1, keys(cache).write(List.of(key)));
        assertEquals("# Key, changed\n", Files.readString(file));
        assertEquals(Sha256.hex("# Key, changed\n"), cache.manifest("answer-keys").get("quiz.md").input());
    }

    private SiteWriter keys(BuildCache cache) throws OutputDirectoryException {
        return SiteWriter.open(root.resolve("keys"), Setting.ANSWER_KEY_DIRECTORY, cache, "answer-keys");
    }
}
