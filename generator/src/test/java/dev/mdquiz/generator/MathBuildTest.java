package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.math.TemmlEngine;
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

/** Math through whole builds: the engine only when needed, formulas cached, invalid TeX reported by check and generate. */
class MathBuildTest {
    private static final String MATH_BANK = "**1.** The area of a circle of radius $r$ is\n\n- [x] $\\pi r^2$\n"
            + "- [ ] $2\\pi r$\n\nBecause $$A = \\int_0^r 2\\pi t\\,dt = \\pi r^2.$$\n";

    @TempDir
    Path project;

    private GeneratorConfig config() {
        return GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("target/quiz-site"))
                .displayRoot(project).siteTitle("Course").keyIterations(0).build();
    }

    private void write(String path, String content) throws IOException {
        Path file = project.resolve("src/quiz").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String page(String name) throws IOException {
        return Files.readString(project.resolve("target/quiz-site").resolve(name));
    }

    @Test
    void aCourseWithoutMathNeverRendersAFormulaAndItsPagesHoldNoMathMl() throws Exception {
        write("plain.md", "**1.** It costs $5 and $10 in total, or \\$15.\n\n- [x] yes\n- [ ] no\n");
        int loads = TemmlEngine.loads();
        int renders = TemmlEngine.renders();
        new QuizGenerator(config()).generate();
        assertEquals(loads, TemmlEngine.loads());
        assertEquals(renders, TemmlEngine.renders());
        assertFalse(page("plain.html").contains("<math"));
        assertTrue(page("plain.html").contains("It costs $5 and $10 in total, or $15."));
        assertFalse(Files.exists(project.resolve("target/quiz-site-cache/math")));
    }

    @Test
    void formulasArePublishedAsMathMlAndARebuildFindsThemInTheCache() throws Exception {
        write("circle.md", MATH_BANK);
        new QuizGenerator(config()).generate();
        String page = page("circle.html");
        assertTrue(page.contains("<math alttext=\"\\pi r^2\" aria-label=\"\\pi r^2\">"), page);
        assertTrue(page.contains("<math display=\"block\" alttext=\"A = \\int_0^r 2\\pi t\\,dt = \\pi r^2.\" aria-label=\"A = \\int_0^r 2\\pi t\\,dt = \\pi r^2.\">"), page);
        assertFalse(page.contains("style=\""), "the page's policy allows no style attribute");
        try (Stream<Path> cached = Files.list(project.resolve("target/quiz-site-cache/math"))) {
            assertEquals(4, cached.count());
        }

        // as a new process would: nothing in memory, the formulas in the cache; the bank changes but not its math
        Formulas.forgetMemory();
        int renders = TemmlEngine.renders();
        write("circle.md", MATH_BANK.replace("The area", "Recall: the area"));
        new QuizGenerator(config()).generate();
        assertEquals(renders, TemmlEngine.renders());
        assertEquals(page.replace("The area", "Recall: the area").length(), page("circle.html").length());
    }

    @Test
    void checkAndGenerateReportInvalidTexAtItsPlace() throws Exception {
        write("broken.md", "**1.** Pick\n\n- [x] $\\frac{1}{$\n- [ ] $x$\n");
        CheckResult check = new QuizGenerator(config()).check();
        assertTrue(check.failed());
        List<String> messages = check.diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("src/quiz/broken.md:3:17: error: invalid TeX in $...$: Unexpected end"
                + " of input in a macro argument, expected '}'"), messages.toString());
        InvalidBanksException failure = assertThrows(InvalidBanksException.class,
                () -> new QuizGenerator(config()).generate());
        assertEquals(messages, failure.diagnostics().stream().map(Diagnostic::toString).toList());
        assertFalse(Files.exists(project.resolve("target/quiz-site/broken.html")));
    }
}
