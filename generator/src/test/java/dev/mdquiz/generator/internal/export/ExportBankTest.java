package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.QuizSettings;
import dev.mdquiz.generator.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A format reads course files through its bank, and nothing outside the source folder. */
class ExportBankTest {
    @TempDir
    Path base;

    private ExportBank bank(Path source) {
        Quiz quiz = new Quiz("week-1/loops", "Loops", "", Markup.EMPTY, QuizSettings.DEFAULTS, List.of(), List.of());
        return new ExportBank(quiz, List.of("Course"), source, new ExportWarnings("src/quiz/week-1/loops.md", "test"));
    }

    private static LocalLink image(String path) {
        return new LocalLink(path, true, false, SourcePosition.START);
    }

    @Test
    void readsAFileRelativeToTheBank() throws IOException {
        Path source = base.resolve("src/quiz");
        Files.createDirectories(source.resolve("week-1/img"));
        Files.write(source.resolve("week-1/img/a.png"), new byte[] {1, 2, 3});
        Files.write(source.resolve("shared.png"), new byte[] {4});
        assertArrayEquals(new byte[] {1, 2, 3}, bank(source).read(image("img/a.png")));
        assertArrayEquals(new byte[] {4}, bank(source).read(image("../shared.png")));
        assertEquals("a.png", ExportBank.fileName(image("img/a.png")));
    }

    @Test
    void refusesWhatLiesOutsideTheSourceFolderSymbolicLinksIncluded() throws IOException {
        Path source = base.resolve("src/quiz");
        Files.createDirectories(source.resolve("week-1"));
        Files.writeString(base.resolve("secret.txt"), "answers");
        IOException outside = assertThrows(IOException.class, () -> bank(source).read(image("../../secret.txt")));
        assertTrue(outside.getMessage().contains("outside"), outside.getMessage());
        Files.createSymbolicLink(source.resolve("week-1/link.txt"), base.resolve("secret.txt"));
        IOException linked = assertThrows(IOException.class, () -> bank(source).read(image("link.txt")));
        assertTrue(linked.getMessage().contains("outside"), linked.getMessage());
    }

    @Test
    void warningsNameTheBankTheFormatAndThePlace() {
        ExportWarnings warnings = new ExportWarnings("src/quiz/week-1/loops.md", "gift");
        warnings.warn(new SourcePosition(12, 1), "ordering question q3 left out: GIFT has no ordering questions");
        assertEquals("src/quiz/week-1/loops.md:12:1: warning: gift: ordering question q3 left out: GIFT has no"
                + " ordering questions", warnings.diagnostics().get(0).toString());
    }
}
