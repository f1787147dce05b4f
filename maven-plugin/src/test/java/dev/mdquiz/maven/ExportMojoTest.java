package dev.mdquiz.maven;

import dev.mdquiz.generator.GeneratorConfig;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** quiz:export maps its two parameters onto the generator's settings and fails naming the one to fix. */
class ExportMojoTest {
    @TempDir
    Path base;

    /** The goal as Maven configures it with every default, in a project at {@code base}, or without one. */
    private ExportMojo mojo(boolean withProject) {
        ExportMojo mojo = MojoFixture.withDefaults(new ExportMojo(), base, withProject);
        return mojo;
    }

    @Test
    void exportsEveryFormatToTheBuildFolderByDefault() throws Exception {
        GeneratorConfig config = mojo(true).config();
        assertEquals(base.resolve("target/quiz-export"), config.exportDirectory());
        assertEquals(List.of("moodle", "gift"), config.exportFormats().subList(0, 2));
    }

    @Test
    void withoutAProjectItExportsToTargetWhereMavenRuns() throws Exception {
        assertEquals(base.resolve("target/quiz-export"), mojo(false).config().exportDirectory());
    }

    @Test
    void formatsAreCommaSeparatedInAnyCase() throws Exception {
        ExportMojo mojo = mojo(true);
        mojo.formats = "GIFT, moodle,";
        assertEquals(List.of("moodle", "gift"), mojo.config().exportFormats());
    }

    @Test
    void anUnknownFormatFailsNamingTheParameterAndTheFormats() {
        ExportMojo mojo = mojo(true);
        mojo.formats = "moodle,pdf";
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::config);
        assertTrue(failure.getMessage().startsWith("formats names an unknown format 'pdf': the formats are moodle, gift"),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith(" (check <formats> or -Dquiz.formats)"), failure.getMessage());
    }

    @Test
    void anExportFolderInTheSiteFailsNamingTheParameter() throws Exception {
        Files.createDirectories(base.resolve("src/quiz"));
        Files.writeString(base.resolve("src/quiz/a.md"), "# A\n\n**1.** Yes?\n\n- [x] yes\n- [ ] no\n");
        ExportMojo mojo = mojo(true);
        mojo.exportDirectory = base.resolve("target/quiz-site/lms").toFile();
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("exportDirectory " + mojo.exportDirectory + " overlaps outputDirectory"),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(set <exportDirectory> or -Dquiz.exportDirectory)"),
                failure.getMessage());
        assertFalse(Files.exists(base.resolve("target/quiz-site")));
    }

    @Test
    void skipWritesNothing() throws Exception {
        Files.createDirectories(base.resolve("src/quiz"));
        Files.writeString(base.resolve("src/quiz/a.md"), "# A\n\n**1.** Yes?\n\n- [x] yes\n- [ ] no\n");
        ExportMojo mojo = mojo(true);
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(base.resolve("target/quiz-export")));
        mojo.skip = false;
        mojo.execute();
        assertTrue(Files.isRegularFile(base.resolve("target/quiz-export/moodle/a.xml")));
        assertTrue(Files.isRegularFile(base.resolve("target/quiz-export/gift/a.txt")));
    }
}
