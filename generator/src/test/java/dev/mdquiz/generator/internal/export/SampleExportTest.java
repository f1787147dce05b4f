package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.ExportResult;
import dev.mdquiz.generator.QuizGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sample course exports in every format with the warnings docs/export.md documents alone: what GIFT cannot
 * hold of it (an ordering question, an image, a hint), nothing for Moodle XML, and for QTI the orderings it
 * exports as matching, the pass mark and the hint it drops.
 */
class SampleExportTest {
    @TempDir
    Path project;

    @Test
    void theSampleCourseExportsWithTheDocumentedWarningsAlone() throws Exception {
        ExportResult result = new QuizGenerator(ExportCourses.config(ExportCourses.SAMPLE_SOURCE, project).build())
                .export();
        assertEquals(ExportFormats.names(), result.formats());
        assertEquals(List.of(
                "01-foundations/http-basics.md:11:1: warning: gift: the introduction: image img/request-flow.svg left"
                        + " out: gift cannot carry files",
                "01-foundations/http-basics.md:35:1: warning: gift: ordering question q4 left out: GIFT has no"
                        + " ordering questions",
                "01-foundations/http-basics.md:37:1: warning: qti: question q4: ordering exported as matching: QTI 1.2"
                        + " as Canvas imports it has no ordering question, so each position (1, 2, ...) is matched to"
                        + " its item",
                "02-operations/incidents.md:1:1: warning: qti: pass: 70% is dropped: QTI 1.2 quizzes have no pass mark",
                "02-operations/incidents.md:24:1: warning: gift: ordering question q5 left out: GIFT has no ordering"
                        + " questions",
                "02-operations/incidents.md:26:1: warning: qti: question q5: ordering exported as matching: QTI 1.2 as"
                        + " Canvas imports it has no ordering question, so each position (1, 2, ...) is matched to"
                        + " its item",
                "02-operations/incidents.md:55:3: warning: gift: question q9: its hint left out: GIFT has no hints"
                        + " (the moodle format keeps them)",
                "02-operations/incidents.md:55:3: warning: qti: question q9: hint dropped: Canvas, Blackboard and D2L"
                        + " do not show QTI 1.2 hints; put it in the question text to keep it"),
                result.warnings().stream().filter(d -> d.message().startsWith("moodle: ")
                        || d.message().startsWith("gift: ") || d.message().startsWith("qti: "))
                        .map(Diagnostic::toString).toList());
    }
}
