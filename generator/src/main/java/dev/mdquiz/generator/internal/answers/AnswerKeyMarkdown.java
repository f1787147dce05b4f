package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.Quiz;

import java.util.regex.Pattern;

/** A quiz's answer key as Markdown a teacher can read as plain text or rendered. */
final class AnswerKeyMarkdown {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");

    private AnswerKeyMarkdown() {
    }

    static String render(Quiz quiz) {
        StringBuilder out = new StringBuilder();
        out.append("# Answer key: ").append(escape(quiz.title())).append("\n\n");
        out.append("Quiz `").append(quiz.id()).append("`, ").append(count(quiz.questions().size(), "question"))
                .append(". For teachers: mdquiz writes this file beside the site, never into it. Do not publish it.\n");
        for (Question question : quiz.questions()) {
            out.append("\n## Question ").append(question.number());
            if (!question.id().equals("q" + question.number())) {
                out.append(" (").append(escape(question.id())).append(')');
            }
            out.append(" · ").append(question.type().attribute()).append(" · ")
                    .append(count(question.points(), "point")).append("\n\n");
            if (!question.stemText().isBlank()) {
                out.append(escape(question.stemText())).append("\n\n");
            }
            for (AnswerRow row : AnswerRow.of(question)) {
                out.append("- ").append(escape(row.part())).append(": **").append(escape(row.answer())).append("**\n");
            }
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
