package dev.mdquiz.generator.internal.export.gift;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportFormat;
import dev.mdquiz.generator.internal.export.ExportHtml;
import dev.mdquiz.generator.internal.export.moodle.MoodleCategory;
import dev.mdquiz.generator.model.Question;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * GIFT (https://docs.moodle.org/en/GIFT_format), Moodle's plain-text format, also read by other tools: the
 * bank's category, then each question GIFT can hold, in {@code [html]} (the page's HTML, so that what Markdown
 * made, code blocks and tables included, looks the same; Moodle's own {@code [markdown]} is another dialect).
 * What GIFT cannot hold (ordering, several blanks, hints, files, weights) is reported, and a question it cannot
 * hold is left out rather than changed.
 */
public final class GiftFormat implements ExportFormat {
    @Override
    public String name() {
        return "gift";
    }

    @Override
    public String extension() {
        return ".txt";
    }

    @Override
    public byte[] write(ExportBank bank) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(oneLine(bank.quiz().title())).append('\n');
        out.append("$CATEGORY: ").append(MoodleCategory.path(bank)).append("\n\n");
        ExportHtml html = new ExportHtml(bank, (file, bytes) -> Optional.empty());
        if (!bank.quiz().intro().isEmpty()) {
            // a description: text the category's questions share, which Moodle can put in a quiz as it is
            out.append("// introduction\n::").append(GiftText.escape(oneLine(bank.quiz().title()))).append("::[html]")
                    .append(GiftText.escape(html.html(bank.quiz().intro(), null, blank -> ""))).append("\n\n");
        }
        for (Question question : bank.quiz().questions()) {
            question.answer().accept(new GiftQuestion(bank, question, html)).ifPresent(text ->
                    out.append("// ").append(question.id()).append('\n').append(text).append("\n\n"));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A comment or category holds one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
