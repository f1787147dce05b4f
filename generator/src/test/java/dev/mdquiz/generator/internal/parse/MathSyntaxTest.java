package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.MathNode;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;
import dev.mdquiz.generator.internal.check.MathCheck;
import dev.mdquiz.generator.internal.text.PlainText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where {@code $...$} and {@code $$...$$} are math, by Pandoc's rules for dollars; nothing here runs Temml. */
class MathSyntaxTest {

    /** The formulas of a question text, as {@code $tex$} or {@code $$tex$$}. */
    private static List<String> formulas(String stem) {
        Question question = new BankParser().parse(new dev.mdquiz.generator.internal.load.SourceFile("m", "m.md",
                "**1.** " + stem + "\n\n- [x] a\n- [ ] b\n"), new dev.mdquiz.generator.internal.report.Report("m.md"))
                .questions().get(0);
        return written(question.stem());
    }

    /** A part's formulas as written: {@code $tex$} or {@code $$tex$$}. */
    private static List<String> written(Markup part) {
        return MathCheck.formulas(part).stream().map(PlainText::math).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "The area is $\\pi r^2$.                   | $\\pi r^2$",
            "$$\\sum_{i=1}^n i$$                       | $$\\sum_{i=1}^n i$$",
            "$$ x + 1 $$ spaces inside display math   | $$ x + 1 $$",
            "it costs $5 and $10                       | -",
            "opening with a space: $ x$                | -",
            "closing after a space: $x $ here          | -",
            "a digit after the closing one: $x$5       | -",
            "a failed opening leaves later dollars free: $a $b$ | $b$",
            "an escaped dollar \\$x$ is text           | -",
            "inside math \\$ does not close: $a\\$b$   | $a\\$b$",
            "in code `$x$` stays code                  | -",
            "unclosed $x                               | -",
            "two: $a$ and $b$                          | $a$ ; $b$",
    })
    void pandocDollarRules(String stem, String expected) {
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(" ; ")), formulas(stem));
    }

    @Test
    void displayMathRunsOverLinesOfAParagraph() {
        assertEquals(List.of("$$\na + b\n= c\n$$"), formulas("\n$$\na + b\n= c\n$$"));
    }

    @Test
    void aPriceStaysTextAndAFormulaBesideItIsMath() {
        Banks.Result result = Banks.parse("m", "**1.** It costs \\$5, and $x^2$ is math.\n\n- [x] a\n- [ ] b\n");
        assertEquals(List.of(), result.messages());
        String text = Banks.text(result.quiz().questions().get(0).stem());
        assertEquals("It costs $5, and $x^2$ is math.", text);
    }

    @Test
    void aFormulaAsABlanksAnswerIsNamedWithTheFix() {
        Banks.Result result = Banks.parse("m", "**1.** Name the variable: [[$x$]], then [[y]] and [$z$] and [[a]] $w$ [[b]].\n");
        assertEquals(List.of("m.md:1:29: error: a formula cannot stand in a blank: the learner types the answer as plain"
                + " text, so write it as typed, as in [[x]] (and \\$ for a dollar sign, as in [[\\$5]])"), result.messages());
    }

    @Test
    void aFormulaAsTheOnlyBlanksAnswerIsTheQuestionsOneError() {
        Banks.Result result = Banks.parse("m", "**1.** Name the variable: [[$x$]]\n");
        assertEquals(List.of("m.md:1:29: error: a formula cannot stand in a blank: the learner types the answer as plain"
                + " text, so write it as typed, as in [[x]] (and \\$ for a dollar sign, as in [[\\$5]])"), result.messages());
    }

    @Test
    void doubleBracketsInsideMathAreTexNotABlank() {
        Banks.Result result = Banks.parse("m", "**1.** The interval $[[a, b]]$ is closed: [[yes]]\n");
        Question question = result.quiz().questions().get(0);
        Answer.FillIn fillIn = (Answer.FillIn) question.answer();
        assertEquals(1, fillIn.blanks().size());
        assertEquals(List.of("yes"), ((Answer.TextBlank) fillIn.blanks().get(0)).variants());
        assertEquals("The interval $[[a, b]]$ is closed: ___", Banks.text(question.stem()));
    }

    @Test
    void mathInEveryPartOfAQuestion() {
        Banks.Result result = Banks.parse("m", String.join("\n",
                "**1.** What is $\\sqrt{4}$?", "", "> Hint: $2^2 = 4$", "",
                "- [x] $2$", "  > Right: $2 \\cdot 2 = 4$", "- [ ] $-3$", "", "Because $$2^2 = 4.$$", ""));
        assertEquals(List.of(), result.messages());
        Question question = result.quiz().questions().get(0);
        List<String> found = new ArrayList<>();
        question.parts().forEach(part -> found.addAll(written(part)));
        assertEquals(6, found.size(), found.toString());
        assertEquals(java.util.Set.of("$\\sqrt{4}$", "$2^2 = 4$", "$2$", "$2 \\cdot 2 = 4$", "$-3$", "$$2^2 = 4.$$"),
                java.util.Set.copyOf(found));
    }

    @Test
    void aFormulaKnowsWhereItStandsBelowFrontMatter() {
        String bank = "---\ntitle: T\n---\n\n**1.** Take\n  $$\n  \\frac{1}{2}\n  $$ and $y$\n\n- [x] a\n- [ ] b\n";
        Question question = new BankParser().parse(new dev.mdquiz.generator.internal.load.SourceFile("m", "m.md", bank),
                new dev.mdquiz.generator.internal.report.Report("m.md")).questions().get(0);
        List<MathNode> found = MathCheck.formulas(question.stem());
        assertEquals(new SourcePosition(6, 3), found.get(0).position());
        assertEquals(new SourcePosition(7, 3), found.get(0).at(found.get(0).tex().indexOf("\\frac")));
        assertEquals(new SourcePosition(8, 10), found.get(1).position());
        assertFalse(found.get(1).display());
    }

}
