package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.text.PlainText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Check stage across banks: the same question text twice in the site. */
public final class SiteChecker {

    /** Where a question text was first seen; named only when it is seen again. */
    private record Place(String path, int line) {
    }

    /** @param banks each quiz with the report of its bank, in the order repeats are reported against */
    public void check(List<Map.Entry<Quiz, Report>> banks) {
        // the texts are made on all cores; only comparing them needs the banks one after another
        List<List<String>> texts = banks.parallelStream().map(bank -> stemTexts(bank.getKey())).toList();
        Map<String, Place> firstSeen = new HashMap<>();
        for (int b = 0; b < banks.size(); b++) {
            Report report = banks.get(b).getValue();
            List<Question> questions = banks.get(b).getKey().questions();
            for (int q = 0; q < questions.size(); q++) {
                String text = texts.get(b).get(q);
                if (text.isEmpty()) {
                    continue;
                }
                Question question = questions.get(q);
                Place earlier = firstSeen.putIfAbsent(text, new Place(report.path(), question.position().line()));
                if (earlier != null) {
                    report.warning(question.position(), "question " + question.number()
                            + " repeats the text of the question at " + earlier.path() + ":" + earlier.line());
                }
            }
        }
    }

    /** Each question's text as it is compared, in the quiz's order. */
    private static List<String> stemTexts(Quiz quiz) {
        List<String> texts = new ArrayList<>(quiz.questions().size());
        for (Question question : quiz.questions()) {
            texts.add(normalized(PlainText.of(question.stem())));
        }
        return texts;
    }

    /**
     * Each run of {@code \s} (ASCII white space) one space, lower case: what
     * {@code replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)} gives, by hand, since a regular expression per
     * question was most of the time a preview's rebuild of a large course took.
     */
    static String normalized(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
