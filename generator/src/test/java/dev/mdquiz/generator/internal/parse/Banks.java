package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.internal.check.BankChecker;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.internal.model.Answer;
import dev.mdquiz.generator.internal.model.ChoiceOption;
import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.Quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Test helpers: parse and check banks given as strings or test resources. */
final class Banks {
    private static final BankParser PARSER = new BankParser();
    private static final BankParser UNSANITIZED = new BankParser(false);

    record Result(Quiz quiz, List<Diagnostic> diagnostics) {
        List<String> messages() {
            return diagnostics.stream().map(Diagnostic::toString).toList();
        }
    }

    private Banks() {
    }

    static Result parse(String id, String markdown) {
        return parse(PARSER, id, markdown);
    }

    /** Raw HTML as commonmark renders it, for comparison: nothing is sanitized. */
    static Result parseUnsanitized(String id, String markdown) {
        return parse(UNSANITIZED, id, markdown);
    }

    private static Result parse(BankParser parser, String id, String markdown) {
        List<Diagnostic> problems = new ArrayList<>();
        Quiz quiz = parser.parse(new SourceFile(id, id + ".md", markdown), problems);
        new BankChecker().check(quiz, id + ".md", problems);
        problems.sort(Diagnostic.ORDER);
        return new Result(quiz, problems);
    }

    static String resource(String name) {
        try (InputStream in = Banks.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML part of the quiz's page, each labelled with where it stands. */
    static List<String> htmlParts(Quiz quiz) {
        List<String> parts = new ArrayList<>();
        parts.add("intro: " + quiz.introHtml());
        for (Question question : quiz.questions()) {
            String q = "question " + question.number() + " ";
            parts.add(q + "stem: " + question.stemHtml());
            parts.add(q + "hint: " + question.hintHtml());
            parts.add(q + "explanation: " + question.explanationHtml());
            if (question.answer() instanceof Answer.Choice choice) {
                choice.options().forEach(o -> parts.add(q + "option: " + o.html() + " feedback: " + o.feedbackHtml()));
            } else if (question.answer() instanceof Answer.Ordering ordering) {
                ordering.items().forEach(item -> parts.add(q + "item: " + item.html()));
            } else if (question.answer() instanceof Answer.Matching matching) {
                matching.pairs().forEach(pair -> parts.add(q + "pair: " + pair.leftHtml() + " -> " + pair.rightHtml()));
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
