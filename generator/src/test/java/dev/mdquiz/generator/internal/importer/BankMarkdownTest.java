package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The writer's Markdown reads back, through the generator's own parser, as exactly what was imported. */
class BankMarkdownTest {
    private static final SourcePosition AT = new SourcePosition(3, 1);

    @TempDir
    Path root;

    @Test
    void textThatLooksLikeMarkupReadsTheSameAndEveryKindParsesBack() throws Exception {
        String tricky = "1. *not* a list, # not a heading, [[not a blank]], <b>not HTML</b>, a -> b | c \\ `d`";
        List<ImportedQuestion> questions = List.of(
                question(MarkdownText.ofPlain("+ plus\n\n- dash\n\n> quote\n\n**1.** bold number"), "",
                        new ImportedAnswer.Choice(List.of(
                                new ImportedAnswer.Option(MarkdownText.ofPlainInline("[x] " + tricky), true,
                                        MarkdownText.ofPlain("First paragraph.\n\nSecond > paragraph.")),
                                new ImportedAnswer.Option(MarkdownText.ofPlainInline("- [ ] wrong"), false, ""))),
                        MarkdownText.ofPlain("Hint: not a hint")),
                question(MarkdownText.ofPlain("Capital: ") + " " + ImportedAnswer.FillIn.placeholder(0) + ", number "
                        + ImportedAnswer.FillIn.placeholder(1) + ", range " + ImportedAnswer.FillIn.placeholder(2),
                        "the *city*", new ImportedAnswer.FillIn(List.of(
                                new ImportedAnswer.TextBlank(List.of("Rome *", "_Roma_", "a|b")),
                                new ImportedAnswer.NumberBlank(new BigDecimal("-3.50"), new BigDecimal("0.25")),
                                new ImportedAnswer.RangeBlank(new BigDecimal("1e2"), new BigDecimal("200")))), ""),
                question("```\ncode first\n```", "", new ImportedAnswer.Ordering(List.of(
                        MarkdownText.ofPlainInline("1. one"), MarkdownText.ofPlainInline("two -> three"))), ""),
                question(MarkdownText.ofPlain("Match."), "", new ImportedAnswer.Matching(List.of(
                        new ImportedAnswer.Pair(MarkdownText.ofPlainInline("x -> y"), MarkdownText.ofPlainInline("z -> w")),
                        new ImportedAnswer.Pair(MarkdownText.ofPlainInline("a → b"), MarkdownText.ofPlainInline("c")))), ""));
        ImportedBank bank = new ImportedBank(List.of(), "", questions, Map.of());
        Report report = new Report("in.gift");
        String markdown = BankMarkdown.write(bank, "A \"title\": with \\ and #", report);
        assertEquals(List.of("in.gift:3:1: warning: accepted answer \"a|b\" dropped: a blank's answers cannot"
                + " contain [, ] or |"), report.diagnostics().stream().map(Object::toString).toList());
        Files.createDirectories(root.resolve("src/quiz"));
        Files.writeString(root.resolve("src/quiz/bank.md"), markdown);

        Quiz quiz = new ImportFixture(root).quizzes().get(0);
        assertEquals("A \"title\": with \\ and #", quiz.title());
        Question choice = quiz.questions().get(0);
        assertEquals("+ plus\n- dash\n> quote\n**1.** bold number", PlainText.of(choice.stem()));
        assertEquals("Hint: not a hint", PlainText.of(choice.hint()));
        assertEquals("single [x] [x] " + tricky.replace("[[", "[\u2060[") + " / [ ] - [ ] wrong",
                ImportFixture.answer(choice));
        assertEquals("First paragraph.\nSecond > paragraph.",
                PlainText.of(ImportFixture.options(choice).get(0).feedback()));
        assertEquals("fill-in Rome *|_Roma_, -3.75..-3.25, 100..200", ImportFixture.answer(quiz.questions().get(1)));
        assertEquals("the *city*", PlainText.of(quiz.questions().get(1).explanation()));
        assertEquals("ordering 1. one < two -> three", ImportFixture.answer(quiz.questions().get(2)));
        assertEquals("matching x -> y -> z -> w, a → b -> c", ImportFixture.answer(quiz.questions().get(3)));
    }

    @Test
    void blocksTheFormatWouldReadAsAHintOrAnAnswerAreReported() {
        List<ImportedQuestion> questions = List.of(
                question("Which saying is this?\n\n> To be or not to be", "", new ImportedAnswer.Choice(List.of(
                        new ImportedAnswer.Option("Hamlet", true, ""), new ImportedAnswer.Option("Lear", false, ""))), ""),
                question("Order them:\n\n1. not this\n2. list", "", new ImportedAnswer.Ordering(List.of("a", "b")), ""),
                question("> Only a quote", "", new ImportedAnswer.Choice(List.of(
                        new ImportedAnswer.Option("yes", true, ""), new ImportedAnswer.Option("no", false, ""))), ""));
        Report report = new Report("in.xml");
        BankMarkdown.write(new ImportedBank(List.of(), "", questions, Map.of()), "t", report);
        assertEquals(List.of(
                "in.xml:3:1: warning: the quote that ends this question's text becomes its hint, shown on request:"
                        + " move it up or end the text with a sentence",
                "in.xml:3:1: warning: the list in this question's text may be read as its answer: write it as"
                        + " sentences, or check the bank"), report.diagnostics().stream().map(Object::toString).toList());
    }

    private static ImportedQuestion question(String stem, String explanation, ImportedAnswer answer, String hint) {
        return new ImportedQuestion(AT, stem, hint, answer, explanation.isEmpty() ? ""
                : MarkdownText.ofPlain(explanation), 1, false);
    }
}
