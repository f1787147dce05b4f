package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** quiz:export's core: where files go, the checks before anything is written, what is written again. */
class ExportTest {
    private static final String BANK = """
            # Loops

            **1.** Which loop runs at least once?

            - [ ] while
            - [x] do-while
            """;

    @TempDir
    Path project;

    private Path source() {
        return project.resolve("src/quiz");
    }

    private Path exported() {
        return project.resolve("target/quiz-export");
    }

    private void bank(String path, String content) throws IOException {
        Path file = source().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(source(), project.resolve("target/quiz-site"))
                .displayRoot(project)
                .buildDirectory(project.resolve("target"));
    }

    private ExportResult export(GeneratorConfig.Builder builder) throws QuizBuildException {
        return new QuizGenerator(builder.build()).export();
    }

    private List<String> files() throws IOException {
        if (!Files.isDirectory(exported())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(exported())) {
            return files.filter(Files::isRegularFile).map(file -> exported().relativize(file).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void writesOneFilePerBankAndFormatAtTheBanksPath() throws Exception {
        bank("week-1/loops.md", BANK);
        bank("intro.md", BANK.replace("Loops", "Intro"));
        ExportResult result = export(config());
        assertEquals(2, result.quizzes());
        assertEquals(2, result.questions());
        assertEquals(List.of("moodle", "gift", "qti", "scorm"), result.formats());
        assertEquals(List.of("gift/intro.txt", "gift/week-1/loops.txt", "moodle/intro.xml", "moodle/week-1/loops.xml",
                "qti/intro.zip", "qti/week-1/loops.zip", "scorm/intro.zip", "scorm/week-1/loops.zip"), files());
        assertEquals(8, result.filesWritten());
        assertEquals(exported(), result.exportDirectory());
    }

    @Test
    void writesTheChosenFormatsOnlyAndOnlyWhatChanged() throws Exception {
        bank("loops.md", BANK);
        bank("other.md", BANK);
        assertEquals(2, export(config().exportFormats(List.of(" GIFT ", ""))).filesWritten());
        assertEquals(List.of("gift/loops.txt", "gift/other.txt"), files());
        assertEquals(0, export(config().exportFormats(List.of("gift"))).filesWritten());
        bank("loops.md", BANK.replace("while\n", "for\n"));
        Files.delete(source().resolve("other.md"));
        assertEquals(1, export(config().exportFormats(List.of("gift"))).filesWritten());
        assertEquals(List.of("gift/loops.txt"), files(), "the file of a bank that is gone goes too");
    }

    @Test
    void aBankWithErrorsExportsNothing() throws Exception {
        bank("good.md", BANK);
        bank("bad.md", "# Bad\n\n**1.** No options at all?\n\n- [ ] a\n- [ ] b\n");
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, () -> export(config()));
        assertTrue(failure.errorCount() > 0);
        assertEquals(List.of(), files());
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheValidOnes() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> config().exportFormats(List.of("moodle", "pdf")));
        assertTrue(failure.getMessage().startsWith("formats names an unknown format 'pdf': the formats are moodle, gift"),
                failure.getMessage());
    }

    @Test
    void anExportFolderInOrAroundTheSourcesOrTheSiteIsRefused() throws Exception {
        bank("loops.md", BANK);
        for (Path folder : List.of(source().resolve("export"), project.resolve("src"), project.resolve("target/quiz-site"),
                project.resolve("target/quiz-site/lms"))) {
            OverlappingFoldersException failure = assertThrows(OverlappingFoldersException.class,
                    () -> export(config().exportDirectory(folder)), folder.toString());
            assertEquals(Setting.EXPORT_DIRECTORY, failure.setting().orElseThrow());
            assertTrue(failure.getMessage().startsWith("exportDirectory " + folder + " overlaps"), failure.getMessage());
        }
        assertFalse(Files.exists(source().resolve("export")));
        assertFalse(Files.exists(project.resolve("target/quiz-site")));
    }

    @Test
    void withFailOnWarningWhatAFormatDropsFailsTheExportBeforeAnythingIsWritten() throws Exception {
        bank("order.md", "# Order\n\n**1.** Put them in order.\n\n1. first\n2. second\n");
        ExportResult result = export(config().exportFormats(List.of("gift")));
        assertEquals(List.of("src/quiz/order.md:3:1: warning: gift: ordering question q1 left out: GIFT has no ordering"
                + " questions"), result.warnings().stream().map(Diagnostic::toString).toList());
        Files.delete(exported().resolve("gift/order.txt"));
        InvalidBanksException failure = assertThrows(InvalidBanksException.class,
                () -> export(config().exportFormats(List.of("gift")).failOnWarning(true)));
        assertEquals(0, failure.errorCount());
        assertEquals(List.of(), files());
    }

    @Test
    void theSameBanksGiveTheSameBytes() throws Exception {
        bank("week-1/loops.md", BANK);
        export(config());
        byte[] moodle = Files.readAllBytes(exported().resolve("moodle/week-1/loops.xml"));
        byte[] gift = Files.readAllBytes(exported().resolve("gift/week-1/loops.txt"));
        Path again = project.resolve("again");
        export(config().exportDirectory(again).cacheDirectory(project.resolve("target/other-cache")));
        assertEquals(-1L, java.util.Arrays.mismatch(moodle, Files.readAllBytes(again.resolve("moodle/week-1/loops.xml"))));
        assertEquals(-1L, java.util.Arrays.mismatch(gift, Files.readAllBytes(again.resolve("gift/week-1/loops.txt"))));
    }

    @Test
    void theExportRegistryListsEveryFormatOnceByItsOwnName() throws Exception {
        GeneratorConfig config = config().build();
        List<String> names = dev.mdquiz.generator.internal.export.ExportFormats.all(config,
                dev.mdquiz.generator.internal.cache.BuildCache.open(config.cacheDirectory())).stream()
                .map(dev.mdquiz.generator.internal.export.ExportFormat::name).toList();
        assertEquals(dev.mdquiz.generator.internal.export.ExportFormats.names(), names);
        assertEquals(List.of("moodle", "gift"), names.subList(0, 2));
        assertEquals(names, config.exportFormats(), "every format by default");
    }
}
