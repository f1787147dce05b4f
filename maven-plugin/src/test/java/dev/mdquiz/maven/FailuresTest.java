package dev.mdquiz.maven;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorJvmException;
import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.OverlappingFoldersException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.SourceDirectoryException;
import dev.mdquiz.generator.ThemeException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every goal reports a failure with the parameter its setting is set by, whichever setting that is. */
class FailuresTest {
    private static final Path FOLDER = Path.of("/project/target/some-folder");

    @Test
    void eachFolderFailureNamesItsOwnParameter() {
        for (Setting setting : Setting.values()) {
            OutputDirectoryException failure = new OutputDirectoryException(setting, FOLDER, "cannot write {}", null);
            assertEquals("cannot write " + FOLDER + " (check <" + setting.parameter() + "> or -Dquiz."
                    + setting.parameter() + ")", Failures.of(failure).getMessage());
        }
    }

    @Test
    void theCacheTheAnswerKeysTheThemeAndTheSourcesAreNamedSo() {
        assertEquals("cannot write the build cache (check <cacheDirectory> or -Dquiz.cacheDirectory)", Failures.message(
                new OutputDirectoryException(Setting.CACHE_DIRECTORY, FOLDER, "cannot write the build cache", null)));
        assertEquals("answerKeyDirectory " + FOLDER + " is a file, not a folder: remove it or choose another folder"
                + " (check <answerKeyDirectory> or -Dquiz.answerKeyDirectory)",
                Failures.message(OutputDirectoryException.notAFolder(Setting.ANSWER_KEY_DIRECTORY, FOLDER)));
        assertEquals("quiz.ftlh:1: syntax error (check <themeDirectory> or -Dquiz.themeDirectory)",
                Failures.message(new ThemeException("quiz.ftlh:1: syntax error", null)));
        assertEquals("source directory /nowhere does not exist (check <sourceDirectory> or -Dquiz.sourceDirectory)",
                Failures.message(new SourceDirectoryException(Path.of("/nowhere"), "source directory {} does not exist", null)));
    }

    @Test
    void anOverlapSaysToSetAnotherFolder() {
        assertEquals("outputDirectory src/quiz is or lies inside sourceDirectory src/quiz"
                        + " (set <outputDirectory> or -Dquiz.outputDirectory)",
                Failures.message(new OverlappingFoldersException(Setting.OUTPUT_DIRECTORY, Path.of("src/quiz"),
                        "outputDirectory src/quiz is or lies inside sourceDirectory src/quiz")));
    }

    @Test
    void theGeneratorsJvmNamesForkMaxHeapOnlyWhenMoreHeapWouldHelp() {
        assertEquals("the generator ran out of memory in its JVM (6m of heap): give it more, e.g. 512m"
                        + " (check <forkMaxHeap> or -Dquiz.forkMaxHeap)",
                Failures.message(new GeneratorJvmException(Setting.FORK_MAX_HEAP,
                        "the generator ran out of memory in its JVM (6m of heap): give it more, e.g. 512m", null)));
        assertEquals("the build was interrupted",
                Failures.message(new GeneratorJvmException(null, "the build was interrupted", null)));
    }

    @Test
    void invalidBanksNameNoParameter() {
        Diagnostic warning = new Diagnostic("a.md", 1, 1, Severity.WARNING, "w");
        assertEquals("0 errors and 1 warning in question banks (failOnWarning is set)",
                Failures.message(new InvalidBanksException(List.of(warning))));
        Diagnostic error = new Diagnostic("a.md", 1, 1, Severity.ERROR, "e");
        assertEquals("1 error and 0 warnings in question banks", Failures.message(new InvalidBanksException(List.of(error))));
    }
}
