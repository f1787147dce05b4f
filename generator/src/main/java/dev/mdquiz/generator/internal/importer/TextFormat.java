package dev.mdquiz.generator.internal.importer;

import java.util.Locale;

/** How an imported text is written: GIFT's {@code [html]}, {@code [markdown]}, ... and Moodle XML's {@code format}. */
enum TextFormat {
    HTML, MARKDOWN, PLAIN, /** Moodle's auto-format: plain text that may hold HTML tags */ MOODLE;

    /** The format named so ({@code html}, {@code moodle_auto_format}, ...), or {@code fallback}. */
    static TextFormat named(String name, TextFormat fallback) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> HTML;
            case "markdown" -> MARKDOWN;
            case "plain", "plain_text" -> PLAIN;
            case "moodle", "moodle_auto_format" -> MOODLE;
            default -> fallback;
        };
    }

    /** The text as this project's Markdown. */
    String toMarkdown(String text, HtmlToMarkdown html) {
        return switch (this) {
            case HTML -> html.convert(text);
            case MARKDOWN -> text.strip();
            case PLAIN -> MarkdownText.ofPlain(text);
            case MOODLE -> HtmlToMarkdown.looksLikeHtml(text) ? html.convert(text.replace("\n", "<br>"))
                    : MarkdownText.ofPlain(text);
        };
    }
}
