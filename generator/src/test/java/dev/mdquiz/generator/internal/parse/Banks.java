package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.internal.check.BankChecker;
import dev.mdquiz.generator.internal.check.MathCheck;
import dev.mdquiz.generator.internal.check.RawHtmlCheck;
import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.text.PlainText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Test helpers: parse and check banks given as strings or test resources, and render their parts. */
final class Banks {
    private static final BankParser PARSER = new BankParser();
    private static final MarkupHtml HTML = new MarkupHtml("Blank {0}");
    private static final MarkupHtml UNSANITIZED = MarkupHtml.unsanitized("Blank {0}");

    /** @param links the quiz's links to course files, those of its raw HTML included */
    record Result(Quiz quiz, List<LocalLink> links, List<Diagnostic> diagnostics) {
        List<String> messages() {
            return diagnostics.stream().map(Diagnostic::toString).toList();
        }
    }

    private Banks() {
    }

    /** Parses and checks a bank as a build does: its raw HTML too. */
    static Result parse(String id, String markdown) {
        Report report = new Report(id + ".md");
        Quiz quiz = PARSER.parse(new SourceFile(id, id + ".md", markdown), report);
        new BankChecker().check(quiz, report);
        List<LocalLink> links = new ArrayList<>(quiz.links());
        links.addAll(RawHtmlCheck.check(quiz, report));
        MathCheck.check(quiz.parts(), Formulas.inMemory(), report);
        List<Diagnostic> problems = new ArrayList<>(report.diagnostics());
        problems.sort(Diagnostic.ORDER);
        return new Result(quiz, links, problems);
    }

    static String resource(String name) {
        try (InputStream in = Banks.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part as its page shows it. */
    static String html(Markup part) {
        return HTML.html(part);
    }

    /** A part as plain text. */
    static String text(Markup part) {
        return PlainText.of(part);
    }

    /** Every HTML part of the quiz's page, each labelled with where it stands. */
    static List<String> htmlParts(Quiz quiz) {
        return parts(quiz, HTML);
    }

    /** The same parts with raw HTML as commonmark renders it, for comparison: nothing is sanitized. */
    static List<String> commonmarkParts(Quiz quiz) {
        return parts(quiz, UNSANITIZED);
    }

    private static List<String> parts(Quiz quiz, MarkupHtml html) {
        List<String> parts = new ArrayList<>();
        parts.add("intro: " + html.html(quiz.intro()));
        for (Question question : quiz.questions()) {
            String q = "question " + question.number() + " ";
            parts.add(q + "stem: " + html.html(question.stem()));
            parts.add(q + "hint: " + html.html(question.hint()));
            parts.add(q + "explanation: " + html.html(question.explanation()));
            if (question.answer() instanceof Answer.Choice choice) {
                choice.options().forEach(o -> parts.add(q + "option: " + html.html(o.text()) + " feedback: "
                        + html.html(o.feedback())));
            } else if (question.answer() instanceof Answer.Ordering ordering) {
                ordering.items().forEach(item -> parts.add(q + "item: " + html.html(item.text())));
            } else if (question.answer() instanceof Answer.Matching matching) {
                matching.pairs().forEach(pair -> parts.add(q + "pair: " + html.html(pair.left()) + " -> "
                        + html.html(pair.right())));
            }
        }
        return parts;
    }

    static List<ChoiceOption> options(Question question) {
        return ((Answer.Choice) question.answer()).options();
    }

    /** 1-based positions of the options marked correct. */
    static List<Integer> correctOptions(Question question) {
        List<ChoiceOption> options = options(question);
        return IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).mapToObj(i -> i + 1).toList();
    }
}
