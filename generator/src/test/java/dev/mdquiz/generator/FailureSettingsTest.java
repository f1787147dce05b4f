package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each failure names the setting it concerns, so that the plugin can say which parameter to look at. */
class FailureSettingsTest {
    private static final String BANK = "# Quiz\n\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n\n**2.** [[Oslo]] is the capital.\n";

    @TempDir
    Path project;

    private GeneratorConfig.Builder config() throws Exception {
        Path banks = project.resolve("src/quiz");
        if (!Files.isDirectory(banks)) {
            Files.createDirectories(banks);
            Files.writeString(banks.resolve("quiz.md"), BANK);
        }
        return GeneratorConfig.builder(banks, project.resolve("target/quiz-site")).displayRoot(project)
                .buildDirectory(project.resolve("target")).keyIterations(1000);
    }

    private QuizBuildException failure(GeneratorConfig.Builder config) {
        return assertThrows(QuizBuildException.class, () -> new QuizGenerator(config.build()).generate());
    }

    private Path aFile(String path) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a folder");
        return file;
    }

    @Test
    void aFileWhereTheAnswerKeysGoNamesAnswerKeyDirectoryBeforeAnythingIsWritten() throws Exception {
        Path file = aFile("target/teachers");
        QuizBuildException failure = failure(config().answerKeyDirectory(file));
        assertEquals(Optional.of(Setting.ANSWER_KEY_DIRECTORY), failure.setting());
        assertEquals("answerKeyDirectory " + file + " is a file, not a folder: remove it or choose another folder",
                failure.getMessage());
        assertFalse(Files.exists(project.resolve("target/quiz-site")), "nothing written");
    }

    @Test
    void aFileWhereTheCacheGoesNamesCacheDirectoryBeforeAnythingIsWritten() throws Exception {
        Path file = aFile("target/quiz-site-cache");
        QuizBuildException failure = failure(config());
        assertEquals(Optional.of(Setting.CACHE_DIRECTORY), failure.setting());
        assertTrue(failure.getMessage().startsWith("cacheDirectory " + file + " is a file"), failure.getMessage());
        assertFalse(Files.exists(project.resolve("target/quiz-site")), "nothing written");
    }

    @Test
    void aCacheThatCannotBeWrittenNamesCacheDirectory() throws Exception {
        aFile("target/blocked");
        QuizBuildException failure = failure(config().cacheDirectory(project.resolve("target/blocked/cache")));
        assertEquals(Optional.of(Setting.CACHE_DIRECTORY), failure.setting());
        assertTrue(failure.getMessage().startsWith("cannot write the build cache file "), failure.getMessage());
    }

    @Test
    void aFileWhereTheSiteGoesNamesOutputDirectory() throws Exception {
        Path file = aFile("target/quiz-site");
        QuizBuildException failure = failure(config());
        assertEquals(Optional.of(Setting.OUTPUT_DIRECTORY), failure.setting());
        assertTrue(failure.getMessage().startsWith("outputDirectory " + file + " is a file"), failure.getMessage());
    }

    @Test
    void aThemeTemplateSyntaxErrorNamesThemeDirectory() throws Exception {
        Path theme = project.resolve("src/quiz-theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("quiz.ftlh"), "<#if>\n");
        QuizBuildException failure = failure(config().themeDirectory(theme));
        assertEquals(ThemeException.class, failure.getClass());
        assertEquals(Optional.of(Setting.THEME_DIRECTORY), failure.setting());
    }

    @Test
    void aMissingSourceFolderNamesSourceDirectory() {
        QuizBuildException failure = failure(GeneratorConfig.builder(project.resolve("nowhere"), project.resolve("site")));
        assertEquals(Optional.of(Setting.SOURCE_DIRECTORY), failure.setting());
    }

    @Test
    void invalidBanksNameNoSetting() throws Exception {
        GeneratorConfig.Builder config = config();
        Files.writeString(project.resolve("src/quiz/broken.md"), "**1.** No options.\n");
        QuizBuildException failure = failure(config);
        assertEquals(InvalidBanksException.class, failure.getClass());
        assertEquals(Optional.empty(), failure.setting());
    }

    @Test
    void overlappingFoldersNameTheOneToChange() throws Exception {
        QuizBuildException failure = failure(config().cacheDirectory(project.resolve("target/quiz-site/cache")));
        assertEquals(Optional.of(Setting.CACHE_DIRECTORY), failure.setting());
    }
}
