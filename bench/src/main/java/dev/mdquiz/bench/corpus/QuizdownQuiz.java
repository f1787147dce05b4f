package dev.mdquiz.bench.corpus;

import dev.mdquiz.bench.corpus.SyntheticQuestion.Choice;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Option;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Ordering;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Prompt;

import java.util.List;

/**
 * Writes questions in quizdown 0.4.1's syntax (its docs/syntax.md): a heading per question, an ordered task
 * list for single choice, an unordered one for multiple choice, a plain numbered list for a sequence, a
 * blockquote before the answers as the hint and one under an answer as its comment.
 */
public final class QuizdownQuiz {
    private QuizdownQuiz() {
    }

    public static String write(List<SyntheticQuestion> questions) {
        StringBuilder out = new StringBuilder();
        for (SyntheticQuestion question : questions) {
            prompt(out, question.prompt());
            if (question instanceof Choice choice) {
                String bullet = choice.multiple() ? "- " : "1. ";
                for (Option option : choice.options()) {
                    out.append(bullet).append(option.correct() ? "[x] " : "[ ] ").append(option.text()).append('\n');
                    if (option.feedback() != null) {
                        out.append("    > ").append(option.feedback()).append('\n');
                    }
                }
            } else if (question instanceof Ordering ordering) {
                for (int i = 0; i < ordering.items().size(); i++) {
                    out.append(i + 1).append(". ").append(ordering.items().get(i)).append('\n');
                }
            } else {
                throw new IllegalArgumentException("quizdown cannot express " + question.getClass().getSimpleName());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void prompt(StringBuilder out, Prompt prompt) {
        if (prompt.image() != null) {
            throw new IllegalArgumentException("the page comparison leaves images out");
        }
        out.append("### ").append(prompt.text()).append("\n\n");
        if (prompt.code() != null) {
            out.append("```java\n").append(prompt.code()).append("\n```\n\n");
        }
        if (prompt.hint() != null) {
            out.append("> ").append(prompt.hint()).append("\n\n");
        }
    }
}
