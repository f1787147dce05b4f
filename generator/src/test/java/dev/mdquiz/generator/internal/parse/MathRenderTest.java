package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.model.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formulas become Temml's MathML on the page, the TeX in text, and invalid TeX is an error at its place. */
class MathRenderTest {

    private static Banks.Result bank(String... lines) {
        return Banks.parse("m", String.join("\n", lines) + "\n");
    }

    @Test
    void inlineMathIsMathMlNamedByItsTex() {
        Banks.Result result = bank("**1.** The area is $\\pi r^2$.", "", "- [x] yes", "- [ ] no");
        assertEquals(List.of(), result.messages());
        String html = Banks.html(result.quiz().questions().get(0).stem());
        assertEquals("<p>The area is <math alttext=\"\\pi r^2\" aria-label=\"\\pi r^2\"><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup>"
                + "</mrow></math>.</p>", html);
    }

    @Test
    void displayMathIsABlockWithoutInlineStyle() {
        Banks.Result result = bank("**1.** Solve", "$$", "x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}", "$$",
                "", "- [x] yes", "- [ ] no");
        assertEquals(List.of(), result.messages());
        String html = Banks.html(result.quiz().questions().get(0).stem());
        assertTrue(html.contains("<math display=\"block\" alttext=\"x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\" aria-label=\"x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\">"), html);
        assertTrue(html.contains("<mfrac>") && html.contains("<msqrt>"), html);
        assertFalse(html.contains("style=") || html.contains("class="), html); // the page's CSP allows no style attribute
    }

    @Test
    void colourBecomesAMathMlAttributeNotAStyle() {
        String html = Banks.html(bank("**1.** $\\color{red}{x}$", "", "- [x] a", "- [ ] b")
                .quiz().questions().get(0).stem());
        assertTrue(html.contains("mathcolor=\"#ff0000\""), html);
        assertFalse(html.contains("style="), html);
    }

    @Test
    void mathInOptionsFeedbackHintsAndExplanations() {
        Banks.Result result = bank("**1.** Which is $\\sqrt{4}$?", "", "> Hint: $x^2 = 4$", "",
                "- [x] $2$", "  > Right: $2 \\cdot 2 = 4$", "- [ ] $3$", "", "Because $$2^2 = 4.$$");
        assertEquals(List.of(), result.messages());
        List<String> parts = Banks.htmlParts(result.quiz());
        for (String tex : List.of("\\sqrt{4}", "x^2 = 4", "2 \\cdot 2 = 4", "2^2 = 4.")) {
            assertTrue(parts.stream().anyMatch(part -> part.contains("alttext=\"" + tex + "\"")), tex + " in " + parts);
        }
        assertTrue(parts.contains("question 1 option: <math alttext=\"2\" aria-label=\"2\"><mn>2</mn></math> feedback: <p>Right: "
                + "<math alttext=\"2 \\cdot 2 = 4\" aria-label=\"2 \\cdot 2 = 4\"><mrow><mn>2</mn><mo>⋅</mo><mn>2</mn><mo>=</mo><mn>4</mn></mrow>"
                + "</math></p>"), parts.toString());
    }

    @Test
    void mathSurvivesRawHtmlInTheSamePartAndTheAuthorsOwnMathMlDoesNot() {
        Banks.Result result = bank("**1.** <kbd>x</kbd> is $x_1$ and <math><mi>y</mi></math>", "",
                "- [x] a", "- [ ] b");
        String html = Banks.html(result.quiz().questions().get(0).stem());
        assertTrue(html.contains("<math alttext=\"x_1\" aria-label=\"x_1\"><msub><mi>x</mi><mn>1</mn></msub></math>"), html);
        assertFalse(html.contains("<mi>y</mi>"), html); // raw MathML is not on the allow-list
        assertTrue(html.contains("<kbd>x</kbd>"), html);
    }

    @Test
    void texCannotMakeALinkOrHtml() {
        Banks.Result result = bank("**1.** $\\href{javascript:alert(1)}{x}$ and $\\text{<script>alert(1)</script>}$",
                "", "- [x] a", "- [ ] b");
        assertEquals(1, result.diagnostics().size(), result.messages().toString());
        assertTrue(result.messages().get(0).startsWith("m.md:1:9: error: invalid TeX in $...$:"
                + " Unsupported function name: \\href"), result.messages().toString());
        String html = Banks.html(result.quiz().questions().get(0).stem());
        assertFalse(html.contains("<a") || html.contains("href=") || html.contains("<script"), html);
        assertTrue(html.contains("<mtext>&lt;script&gt;alert(1)&lt;/script&gt;</mtext>"), html);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\\url{https://example.com}", "\\includegraphics{x.png}",
            "\\htmlClass{a}{b}", "\\htmlId{a}{b}", "\\htmlStyle{color: red}{b}", "\\htmlData{a=b}{c}",
            "\\href{javascript:alert(1)}{x}"})
    void commandsThatWouldMakeHtmlAreErrors(String tex) {
        Banks.Result result = bank("**1.** $" + tex + "$", "", "- [x] a", "- [ ] b");
        assertEquals(1, result.diagnostics().size(), result.messages().toString());
        assertTrue(result.messages().get(0).startsWith("m.md:1:8: error: invalid TeX in $...$:")
                || result.messages().get(0).startsWith("m.md:1:9: error: invalid TeX in $...$:"), result.messages().toString());
    }

    @Test
    void invalidTexIsAnErrorAtItsLineAndColumnWithTemmlsMessage() {
        Banks.Result result = bank("**1.** Simplify", "$$", "  \\frac{1}{2", "$$", "", "- [x] $\\sqrt$ ok",
                "- [ ] $\\foo{x}$");
        assertEquals(List.of(
                // at the end of the TeX: where the closing dollars stand
                "m.md:4:1: error: invalid TeX in $$...$$: Unexpected end of input in a macro argument, expected '}'"
                        + " (Temml 0.13.5; write \\$ for a dollar sign that is not math)",
                "m.md:6:13: error: invalid TeX in $...$: Expected group as argument to '\\sqrt' (Temml 0.13.5;"
                        + " write \\$ for a dollar sign that is not math)",
                "m.md:7:8: error: invalid TeX in $...$: Unsupported function name: \\foo (Temml 0.13.5; write \\$"
                        + " for a dollar sign that is not math)"), result.messages());
    }

    @Test
    void textOutputsKeepTheTex() {
        Question question = bank("**1.** Area $\\pi r^2$, or $$A = \\pi r^2$$", "", "- [x] $2\\pi$", "- [ ] b")
                .quiz().questions().get(0);
        assertEquals("Area $\\pi r^2$, or $$A = \\pi r^2$$", Banks.text(question.stem()));
        assertEquals("$2\\pi$", Banks.text(Banks.options(question).get(0).text()));
    }

    @Test
    void aTitleWithMathKeepsItsTex() {
        assertEquals("Circles: $\\pi r^2$", bank("# Circles: $\\pi r^2$", "", "**1.** a", "", "- [x] a", "- [ ] b")
                .quiz().title());
    }
}
