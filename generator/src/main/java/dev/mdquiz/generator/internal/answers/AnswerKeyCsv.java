package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.text.PlainText;

import java.util.List;

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
            for (AnswerRow row : AnswerRow.of(question, PlainText.PLAIN)) {
                List<String> fields = List.of(quiz.id(), Integer.toString(question.number()), question.id(),
                        question.type().attribute(), Integer.toString(question.points()), row.part(), row.answer());
                for (int i = 0; i < fields.size(); i++) {
                    out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
                }
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    private static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
