package dev.mdquiz.generator.internal.export;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Code questions and math in every LMS format: blanks in code, answers of several lines (graded by hand), Parsons
 * problems with their indentation, formulas on matching pairs' right-hand sides; each loss a warning.
 */
class CodeExportTest {
    @TempDir
    Path project;

    private GeneratorConfig config;

    private ExportResult export(String format) throws Exception {
        Path source = ExportCourses.codeAndMath(project);
        config = ExportCourses.config(source, project).siteTitle("Course").exportFormats(List.of(format)).build();
        return new QuizGenerator(config).export();
    }

    private List<String> warnings(ExportResult result) {
        return result.warnings().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void moodleGradesBlanksInCodeAndLeavesOutputToAGrader() throws Exception {
        ExportResult result = export("moodle");
        assertEquals(List.of(
                "code.md:20:1: warning: moodle: question q3 will be graded by hand: its answer of several lines cannot"
                        + " be compared line by line by an LMS, so it is exported as an essay question, with the"
                        + " expected answer in its information for graders",
                "code.md:37:1: warning: moodle: question q4 will be graded by hand: its answer of several lines cannot"
                        + " be compared line by line by an LMS, so it is exported as an essay question, with the"
                        + " expected answer in its information for graders",
                "code.md:58:1: warning: moodle: question q6: only the order of the lines will be graded: Moodle's"
                        + " ordering question cannot let the learner set their indentation, so each line shows its"
                        + " own"), warnings(result));
        String xml = Files.readString(exported("moodle/code.xml"));
        // one blank in code: a short answer, "_____" in the code, the answer in <answer> alone
        assertTrue(xml.contains("<question type=\"shortanswer\">"), xml);
        assertEquals(1, count(xml, "gteq"), xml);
        // two blanks: an Embedded answers question, each blank its sub-question inside the code
        assertTrue(xml.contains("{1:NUMERICAL:=12:0}") && xml.contains("{1:SHORTANSWER:=summe}"), xml);
        assertTrue(xml.contains("i &lt; {1:NUMERICAL:=12:0}; i++) {\n    {1:SHORTANSWER:=summe} += i;\n}"
                + "</code></pre>"), xml);
        // output: an essay, expected lines for the grader only
        assertEquals(2, count(xml, "<question type=\"essay\">"), xml);
        assertTrue(xml.contains("<responseformat>monospaced</responseformat>"), xml);
        assertTrue(xml.contains("<graderinfo format=\"html\">\n      <text><![CDATA["
                + "<p>Expected answer, line by line:</p>"
                + "<pre>one\n  four\nnine</pre>]]></text>"), xml);
        assertTrue(xml.contains("<code class=\"language-text\">_____</code>"), xml);
        assertEquals(1, count(xml, "four"), "the expected output only in the grader information: " + xml);
        assertTrue(xml.contains("Expected answer (1): echo"), xml);
        // Parsons: each line keeps its indentation inside its code
        assertTrue(xml.contains("<code class=\"language-python\">        <span"), xml);
        assertEquals(2, count(xml, "<question type=\"ordering\">"), xml);
        // math on a right-hand side as Moodle's filters read it
        assertTrue(xml.contains("<text><![CDATA[\\(\\pi r^2\\)]]></text>")
                && xml.contains("<text><![CDATA[\\(a^2\\)]]>"), xml);
    }

    @Test
    void giftKeepsTheBlankInCodeAndMakesOutputAnEssay() throws Exception {
        ExportResult result = export("gift");
        List<String> warnings = warnings(result);
        assertTrue(warnings.contains("code.md:20:1: warning: gift: question q3 will be graded by hand: its answer of"
                + " several lines cannot be compared line by line by an LMS, so it is exported as an essay question,"
                + " with the expected answer in its general feedback (shown after answering; the moodle format keeps"
                + " it for graders only)"), warnings.toString());
        assertTrue(warnings.contains("code.md:46:1: warning: gift: ordering question q5 left out: GIFT has no"
                + " ordering questions"), warnings.toString());
        String gift = Files.readString(exported("gift/code.txt"));
        assertTrue(gift.contains("{=gteq}"), gift);
        assertTrue(gift.contains("{\n####"), gift);
        assertFalse(gift.contains("sign(x)"), gift);
    }

    @Test
    void qtiMakesOutputAnEssayAndKeepsParsonsIndentation() throws Exception {
        ExportResult result = export("qti");
        List<String> warnings = warnings(result);
        assertTrue(warnings.contains("code.md:58:1: warning: qti: question q6: only the order of the lines will be"
                + " graded: a matching question cannot let the learner set their indentation, so each line shows"
                + " its own"), warnings.toString());
        assertTrue(warnings.stream().noneMatch(warning -> warning.contains("q6: '") || warning.contains("q5: '")),
                "a line of code loses nothing in plain text but its highlighting: " + warnings);
        String xml = xmlOf(exported("qti/code.zip"));
        assertEquals(2, count(xml, "<fieldentry>essay_question</fieldentry>"), xml);
        assertTrue(xml.contains("\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0return -1"), xml);
        assertTrue(xml.contains("[b1]") && xml.indexOf("[b2]") > xml.indexOf("&lt;pre"), xml);
    }

    @Test
    void scormHoldsEverything() throws Exception {
        ExportResult result = export("scorm");
        assertEquals(List.of(), warnings(result));
    }

    private Path exported(String file) {
        return config.exportDirectory().resolve(file);
    }

    /** Every XML file of a package, one after the other. */
    private static String xmlOf(Path zip) throws Exception {
        StringBuilder xml = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
