package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.ExportResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** quiz:export with the qti format: a zip per bank at the bank's path, course files from other folders inside. */
class QtiExportTest {
    @TempDir
    Path project;

    @Test
    void aBankInAFolderCarriesAnImageFromAnotherFolder() throws Exception {
        Path source = project.resolve("src/quiz");
        Files.createDirectories(source.resolve("week-1"));
        Files.createDirectories(source.resolve("shared"));
        byte[] image = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        Files.write(source.resolve("shared/flow chart.svg"), image);
        Files.writeString(source.resolve("week-1/loops.md"), """
                # Loops

                **1.** What does this chart show?

                ![A loop that runs until a counter reaches ten](../shared/flow%20chart.svg)

                > Hint: follow the arrow back up.

                - [ ] A branch
                - [x] A loop
                """);
        ExportResult result = new QuizGenerator(GeneratorConfig.builder(source, project.resolve("target/quiz-site"))
                .exportDirectory(project.resolve("target/quiz-export")).exportFormats(List.of("qti")).build()).export();

        Path zip = project.resolve("target/quiz-export/qti/week-1/loops.zip");
        assertTrue(Files.isRegularFile(zip));
        Map<String, byte[]> entries = ExportFixture.entries(Files.readAllBytes(zip));
        assertArrayEquals(image, entries.get("web_resources/shared/flow chart.svg"));
        String id = QtiPackage.identifier(new QuizGenerator(GeneratorConfig.builder(source,
                project.resolve("target/quiz-site")).build()).read().quizzes().get(0));
        String assessment = new String(entries.get(id + "/" + id + ".xml"), StandardCharsets.UTF_8);
        assertTrue(assessment.contains("src=\"$IMS-CC-FILEBASE$/shared/flow%20chart.svg\""), assessment);
        assertEquals(List.of("week-1/loops.md:7:3: warning: qti: question q1: hint dropped: Canvas,"
                        + " Blackboard and D2L do not show QTI 1.2 hints; put it in the question text to keep it"),
                result.warnings().stream().map(Diagnostic::toString).toList());
    }
}
