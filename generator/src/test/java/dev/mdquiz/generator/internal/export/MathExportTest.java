package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports keep formulas as TeX between the delimiters LMS math filters read: Moodle's TeX filter reads \(...\). */
class MathExportTest {
    @TempDir
    Path project;

    @Test
    void moodleXmlHoldsTheTexBetweenItsDelimiters() throws Exception {
        Path source = project.resolve("src/quiz");
        Files.createDirectories(source);
        Files.writeString(source.resolve("circles.md"), "**1.** The area of a circle of radius $r$ is\n\n"
                + "- [x] $\\pi r^2$\n- [ ] $2\\pi r$\n\nBecause $$A = \\pi r^2.$$\n");
        GeneratorConfig config = ExportCourses.config(source, project).siteTitle("Course")
                .exportFormats(List.of("moodle")).build();
        new QuizGenerator(config).export();
        String xml = Files.readString(config.exportDirectory().resolve("moodle/circles.xml"));
        assertTrue(xml.contains("\\(r\\)"), xml);
        assertTrue(xml.contains("\\(\\pi r^2\\)"), xml);
        assertTrue(xml.contains("\\[A = \\pi r^2.\\]"), xml);
        assertFalse(xml.contains("<math") || xml.contains("&lt;math"), "no MathML in an export: " + xml);
    }
}
