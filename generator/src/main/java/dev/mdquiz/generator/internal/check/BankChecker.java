package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.model.ChoiceOption;
import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.model.SourcePosition;

import java.util.List;

/** Check stage: finds what makes a parsed bank unusable or misleading. */
public final class BankChecker {

    public void check(Quiz quiz, String path, List<Diagnostic> problems) {
        if (quiz.questions().isEmpty()) {
            problems.add(new Diagnostic(path, 1, 1, Severity.ERROR,
                    "no questions found: start each question with a bold number such as **1.**"
                            + " (or, in a bank without bold numbers, a ## heading)"));
        }
        for (Question question : quiz.questions()) {
            checkQuestion(question, path, problems);
        }
    }

    private static void checkQuestion(Question question, String path, List<Diagnostic> problems) {
        int number = question.number();
        if (question.stemText().isBlank()) {
            problems.add(error(path, question.position(), "question " + number + " has no question text"));
        }
        if (question.options().isEmpty()) {
            problems.add(error(path, question.position(), "question " + number
                    + " has no options: add a task list with - [x] for correct and - [ ] for wrong options"));
            return;
        }
        for (ChoiceOption option : question.options()) {
            if (option.text().isBlank()) {
                problems.add(error(path, option.position(), "empty option in question " + number));
            }
        }
        if (question.correctCount() == 0) {
            problems.add(error(path, question.optionsPosition(), "question " + number
                    + " has no correct option: mark at least one with [x]"));
        }
    }

    private static Diagnostic error(String path, SourcePosition at, String message) {
        return new Diagnostic(path, at.line(), at.column(), Severity.ERROR, message);
    }
}
