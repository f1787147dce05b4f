package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.Quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Check stage across banks: the same question text twice in the site. */
public final class SiteChecker {

    /** @param displayPaths each quiz's path as shown in diagnostics, in the same order as {@code quizzes} */
    public void check(List<Quiz> quizzes, List<String> displayPaths, List<Diagnostic> problems) {
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < quizzes.size(); i++) {
            String path = displayPaths.get(i);
            for (Question question : quizzes.get(i).questions()) {
                String text = normalized(question.stemText());
                if (text.isEmpty()) {
                    continue;
                }
                String here = path + ":" + question.position().line();
                String earlier = firstSeen.putIfAbsent(text, here);
                if (earlier != null) {
                    problems.add(new Diagnostic(path, question.position().line(), question.position().column(),
                            Severity.WARNING, "question " + question.number() + " repeats the text of the question at "
                            + earlier));
                }
            }
        }
    }

    /**
     * Stripped, each run of {@code \s} (ASCII white space) one space, lower case: what
     * {@code strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)} gives, by hand, since a regular expression
     * per question was most of the time a preview's rebuild of a large course took.
     */
    static String normalized(String text) {
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
