package dev.mdquiz.generator.internal.fork;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.OverlappingFoldersException;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.SourceDirectoryException;
import dev.mdquiz.generator.ThemeException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each failure a build throws in the generator's own JVM is thrown again in the parent as it was. */
class OutcomeTest {
    /** A folder whose name holds what a problem's message uses to stand for its folder. */
    private static final Path BRACES = Path.of("/courses/{}/week {1}/site");

    @Test
    void everyFailureComesBackWithItsTypeMessageSettingAndFolder() {
        List<QuizBuildException> failures = List.of(
                new InvalidBanksException(List.of(new Diagnostic("a {}.md", 3, 4, Severity.ERROR, "bad {} here"),
                        new Diagnostic("b.md", 1, 1, Severity.WARNING, "w"))),
                new OutputDirectoryException(Setting.CACHE_DIRECTORY, BRACES, "cannot write {}/x: denied", null),
                OutputDirectoryException.notAFolder(Setting.ANSWER_KEY_DIRECTORY, BRACES),
                new OutputDirectoryException(Setting.OUTPUT_DIRECTORY, Path.of("/site"), "cannot write the site", null),
                new OverlappingFoldersException(Setting.OUTPUT_DIRECTORY, BRACES, "outputDirectory " + BRACES
                        + " is or lies inside sourceDirectory /courses/{}"),
                new SourceDirectoryException(BRACES, "source directory {} does not exist", null),
                new ThemeException("quiz.ftlh:1:2: template error: ${x} {} undefined", null));
        for (QuizBuildException failure : failures) {
            QuizBuildException back = assertThrows(QuizBuildException.class, () -> Outcome.read(Outcome.of(failure)));
            assertSame(failure.getClass(), back.getClass());
            assertEquals(failure.getMessage(), back.getMessage());
            assertEquals(failure.setting(), back.setting());
            if (failure instanceof InvalidBanksException invalid) {
                assertEquals(invalid.diagnostics(), ((InvalidBanksException) back).diagnostics());
            }
            if (failure instanceof OutputDirectoryException output) {
                assertEquals(output.directory(), ((OutputDirectoryException) back).directory());
            }
            if (failure instanceof SourceDirectoryException source) {
                assertEquals(source.directory(), ((SourceDirectoryException) back).directory());
            }
            if (failure instanceof OverlappingFoldersException overlap) {
                assertEquals(overlap.directory(), ((OverlappingFoldersException) back).directory());
            }
        }
    }

    @Test
    void aProblemGetsItsFolderBackAsBraces() {
        assertEquals("cannot write {}/index.html: {} is full", Outcome.problem("cannot write /a{}b/index.html: /a{}b is full", "/a{}b"));
        // braces in another path cannot stand for the folder: they are kept apart, not replaced by it
        assertEquals("{ } next to {}", Outcome.problem("{} next to /site", "/site"));
    }
}
