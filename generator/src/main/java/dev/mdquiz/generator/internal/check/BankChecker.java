package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.kind.QuestionKind;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;

import java.util.HashMap;
import java.util.Map;

/**
 * Check stage for one bank: finds what makes questions unusable (errors) or misleading (warnings). What is
 * particular to a kind of question, its kind checks.
 */
public final class BankChecker {

    public void check(Quiz quiz, Report report) {
        if (quiz.questions().isEmpty()) {
            report.add(1, 1, Severity.ERROR, "no questions found: start each question with a bold number such as"
                    + " **1.** (or, in a bank without bold numbers, a ## heading)");
        }
        Map<String, Question> ids = new HashMap<>();
        for (Question question : quiz.questions()) {
            Question earlier = ids.putIfAbsent(question.id(), question);
            if (earlier != null) {
                report.error(question.position(), "question id '" + question.id() + "' is already used by question "
                        + earlier.number());
            }
            QuestionKind.of(question.answer()).check(question, report);
            HintCheck.check(question, report);
        }
    }
}
