package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.text.PlainText;

/**
 * A quiz's answer key as Markdown a teacher can read as plain text or rendered: each question's text with
 * {@code ___} where its blanks stand, then its answers; code stays code.
 */
final class AnswerKeyMarkdown {
    private AnswerKeyMarkdown() {
    }

    static String render(Quiz quiz) {
        StringBuilder out = new StringBuilder();
        out.append("# Answer key: ").append(PlainText.MARKDOWN.literal(quiz.title())).append("\n\n");
        out.append("Quiz `").append(quiz.id()).append("`, ").append(count(quiz.questions().size(), "question"))
                .append(". For teachers: mdquiz writes this file beside the site, never into it. Do not publish it.\n");
        for (Question question : quiz.questions()) {
            out.append("\n## Question ").append(question.number());
            if (!question.id().equals("q" + question.number())) {
                out.append(" (").append(PlainText.MARKDOWN.literal(question.id())).append(')');
            }
            out.append(" · ").append(question.type().attribute()).append(" · ")
                    .append(count(question.points(), "point")).append("\n\n");
            String stem = PlainText.MARKDOWN.render(question.stem());
            if (!stem.isBlank()) {
                out.append(stem).append("\n\n");
            }
            for (AnswerRow row : AnswerRow.of(question, PlainText.MARKDOWN)) {
                out.append("- ").append(row.part()).append(": **").append(row.answer()).append("**\n");
            }
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
