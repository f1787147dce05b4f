package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.text.PlainText;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Check stage across banks: the same question text twice in the site. */
public final class SiteChecker {

    /** @param banks each quiz with the report of its bank, in the order repeats are reported against */
    public void check(List<Map.Entry<Quiz, Report>> banks) {
        Map<String, String> firstSeen = new HashMap<>();
        for (Map.Entry<Quiz, Report> bank : banks) {
            Report report = bank.getValue();
            for (Question question : bank.getKey().questions()) {
                String text = PlainText.of(question.stem()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    continue;
                }
                String here = report.path() + ":" + question.position().line();
                String earlier = firstSeen.putIfAbsent(text, here);
                if (earlier != null) {
                    report.warning(question.position(), "question " + question.number()
                            + " repeats the text of the question at " + earlier);
                }
            }
        }
    }
}
