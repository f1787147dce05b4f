package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.text.PlainText;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A quiz's answer key as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read it as UTF-8): plain
 * values, quoted only where a comma, a quote or a line break needs it.
 */
final class AnswerKeyCsv {
    static final String HEADER = "quiz,question,id,type,points,part,answer";
    private static final byte[] BYTE_ORDER_MARK = "\uFEFF".getBytes(StandardCharsets.UTF_8);

    private AnswerKeyCsv() {
    }

    /** The file's bytes: the byte order mark, then the rows. */
    static byte[] render(Quiz quiz) {
        // the mark goes in as bytes: in the text, it would make every character of it take two bytes
        byte[] rows = rows(quiz).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(BYTE_ORDER_MARK.length + rows.length).put(BYTE_ORDER_MARK).put(rows).array();
    }

    private static String rows(Quiz quiz) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
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
