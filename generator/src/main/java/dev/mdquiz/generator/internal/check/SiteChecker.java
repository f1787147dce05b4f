package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.text.PlainText;

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
                String text = PlainText.of(question.stem()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
}
