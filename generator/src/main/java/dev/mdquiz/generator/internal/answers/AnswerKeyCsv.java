package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.text.PlainText;

/**
 * A quiz's answer key as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read it as UTF-8): plain
 * values, quoted only where a comma, a quote or a line break needs it.
 */
final class AnswerKeyCsv {
    static final String HEADER = "quiz,question,id,type,points,part,answer";

    private AnswerKeyCsv() {
    }

    static String render(Quiz quiz) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Question question : quiz.questions()) {
            // the same for each of the question's rows
            String questionFields = String.join(",", field(quiz.id()), field(Integer.toString(question.number())),
                    field(question.id()), field(question.type().attribute()), field(Integer.toString(question.points())));
            for (AnswerRow row : AnswerRow.of(question, PlainText.PLAIN)) {
                out.append(questionFields).append(',').append(field(row.part())).append(',').append(field(row.answer()))
                        .append("\r\n");
            }
        }
        return out.toString();
    }

    private static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
