package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.SourcePosition;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-question settings in an HTML comment, invisible where Markdown is rendered (GitHub, editors):
 * {@code <!-- quiz: multiple points=2 id=git-commit -->}.
 *
 * @param multiple render checkboxes even when one option is correct
 * @param points   weight in the score, or 0 when not given
 * @param id       the author's question id, or empty
 * @param indent   where {@code indent} was set (a Parsons problem grades each line's indentation too), or null
 */
record Directive(boolean multiple, int points, String id, SourcePosition indent) {
    static final Directive NONE = new Directive(false, 0, "", null);
    private static final Pattern COMMENT = Pattern.compile("\\s*<!--\\s*quiz\\s*:(.*?)-->\\s*", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern POINTS = Pattern.compile("\\d{1,3}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final List<String> WORDS = List.of("multiple", "points", "id", "indent");

    /** Reads a directive comment; empty when {@code html} is not one. */
    static Optional<Directive> read(String html, Directive base, SourcePosition at, Report report) {
        Matcher comment = COMMENT.matcher(html);
        if (!comment.matches()) {
            return Optional.empty();
        }
        Directive result = base;
        for (String token : SEPARATORS.split(comment.group(1).strip())) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
            String value = token.contains("=") ? token.substring(token.indexOf('=') + 1) : "";
            switch (name) {
                case "multiple", "checkboxes" -> result = new Directive(true, result.points, result.id, result.indent);
                case "points" -> {
                    int points = POINTS.matcher(value).matches() ? Integer.parseInt(value) : 0;
                    if (points > 0) {
                        result = new Directive(result.multiple, points, result.id, result.indent);
                    } else {
                        report.error(at, "points must be a whole number from 1 to 999, not '" + value + "'");
                    }
                }
                case "id" -> {
                    if (ID.matcher(value).matches()) {
                        result = new Directive(result.multiple, result.points, value, result.indent);
                    } else {
                        report.error(at, "id must be letters, digits, '-', '_' or '.', not '" + value + "'");
                    }
                }
                case "indent" -> result = new Directive(result.multiple, result.points, result.id, at);
                default -> report.warning(at, "unknown quiz setting '" + name + "'"
                                + Suggestions.closest(name, WORDS).map(w -> "; did you mean '" + w + "'?").orElse(""));
            }
        }
        return Optional.of(result);
    }
}
