package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.GeneratorConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The inputs are read and hashed once; whether any changed while the build ran is told from stamps taken as they
 * were read, so that a build whose inputs moved under it never records itself as the last good one.
 */
class BuildInputsTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path project;
    private Path bank;
    private GeneratorConfig config;

    @BeforeEach
    void course() throws Exception {
        Path source = project.resolve("src/quiz");
        Files.createDirectories(source.resolve("img"));
        bank = source.resolve("quiz.md");
        Files.writeString(bank, "**1.** Pick a.\n\n- [x] a\n- [ ] b\n");
        Files.writeString(source.resolve("img/logo.png"), "PNG");
        config = GeneratorConfig.builder(source, project.resolve("target/quiz-site")).build();
    }

    private BuildInputs read() {
        return BuildInputs.read(config, new FolderSettings(config), "fingerprint").orElseThrow();
    }

    @Test
    void inputsThatHeldStillAreUnchangedWhetherJustWrittenOrLongAgo() throws Exception {
        assertTrue(read().unchanged(), "just written");
        Files.setLastModifiedTime(bank, LONG_AGO);
        BuildInputs inputs = read();
        assertTrue(inputs.unchanged(), "long ago");
        assertEquals(inputs.hash(), read().hash(), "the same inputs hash the same");
    }

    @Test
    void anEditOfTheSameSizeAndTimeStillShowsInAJustWrittenFile() throws Exception {
        BuildInputs inputs = read();
        FileTime modified = Files.getLastModifiedTime(bank);
        Files.writeString(bank, Files.readString(bank).replace("Pick a.", "Pick b."));
        Files.setLastModifiedTime(bank, modified);
        assertFalse(inputs.unchanged(), "a file written this recently is read again");
        assertNotEquals(inputs.hash(), read().hash());
    }

    @Test
    void anEditWhoseTimeIsSetBackShowsInTheChangeTime() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "a change time to see");
        Files.setLastModifiedTime(bank, LONG_AGO);
        BuildInputs inputs = read();
        Thread.sleep(20); // past the file system's clock tick, for the change time
        Files.writeString(bank, Files.readString(bank).replace("Pick a.", "Pick b."));
        Files.setLastModifiedTime(bank, LONG_AGO);
        assertFalse(inputs.unchanged());
    }

    @Test
    void newDeletedAndReplacedFilesShow() throws Exception {
        BuildInputs inputs = read();
        Files.writeString(bank.resolveSibling("notes.txt"), "new");
        assertFalse(inputs.unchanged(), "a new file");

        inputs = read();
        Files.delete(bank.resolveSibling("notes.txt"));
        assertFalse(inputs.unchanged(), "a deleted file");

        Path logo = bank.resolveSibling("img/logo.png");
        Files.setLastModifiedTime(logo, LONG_AGO);
        inputs = read();
        Path saved = logo.resolveSibling("logo.tmp");
        Files.writeString(saved, "GIF");
        Files.setLastModifiedTime(saved, LONG_AGO);
        Files.move(saved, logo, StandardCopyOption.REPLACE_EXISTING); // as editors save: a new file in its place
        assertFalse(inputs.unchanged(), "a file replaced by another of the same size and time");
    }
}
