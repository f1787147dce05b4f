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
                String text = normalized(PlainText.of(question.stem()));
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
