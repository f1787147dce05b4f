package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.html.HtmlSanitizer;
import dev.mdquiz.generator.internal.model.LocalLink;
import dev.mdquiz.generator.internal.model.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTML of one bank's parts: question texts, options, feedback, hints, explanations, items, intros. A part
 * without raw HTML is commonmark's rendering as it is. A part with raw HTML goes through {@link HtmlSanitizer} as one
 * unit, so its tags cannot reach outside it; each removal becomes a warning at its line and column, and raw links
 * and images to course files join the bank's links, checked and published like Markdown ones.
 */
final class HtmlOutput {
    private final Markdown markdown;
    private final String path;
    private final List<Diagnostic> problems;
    private final List<LocalLink> links;
    private final boolean sanitize;

    /**
     * @param links    the bank's links so far, to which raw HTML adds its own; null where links are not checked
     * @param sanitize false only for tests that compare with commonmark's own rendering
     */
    HtmlOutput(Markdown markdown, String path, List<Diagnostic> problems, List<LocalLink> links, boolean sanitize) {
        this.markdown = markdown;
        this.path = path;
        this.problems = problems;
        this.links = links;
        this.sanitize = sanitize;
    }

    String html(List<Node> blocks) {
        return clean(markdown.html(blocks), null);
    }

    /** The inline content of a paragraph or heading, without the enclosing element. */
    String inlineHtml(Node block) {
        return clean(markdown.inlineHtml(block), null);
    }

    /** Like {@link #inlineHtml(Node)}, for a piece of a line parsed on its own that starts at {@code origin}. */
    String inlineHtml(Node block, SourcePosition origin) {
        return clean(markdown.inlineHtml(block), origin);
    }

    /** An item's first paragraph inline, further blocks (code, lists) after it. */
    String itemHtml(List<Node> content) {
        if (content.isEmpty()) {
            return "";
        }
        if (content.get(0) instanceof Paragraph paragraph) {
            Markdown.Rendered first = markdown.inlineHtml(paragraph);
            Markdown.Rendered rest = markdown.html(content.subList(1, content.size()));
            return clean(rest.html().isEmpty() ? first : first.append("\n", rest), null);
        }
        return html(content);
    }

    private String clean(Markdown.Rendered rendered, SourcePosition origin) {
        if (rendered.raw().isEmpty()) {
            return rendered.html();
        }
        Unmarked part = Unmarked.of(rendered);
        if (!sanitize) {
            return part.html();
        }
        Set<Diagnostic> reported = new HashSet<>();
        Map<String, String> addresses = new HashMap<>(); // jsoup repeats a misnested <a> as a copy: check it once
        return HtmlSanitizer.sanitize(part.html(), offset -> part.region(offset) >= 0, new HtmlSanitizer.Findings() {
            @Override
            public void removed(int offset, String message) {
                SourcePosition at = shift(part.position(offset), origin);
                Diagnostic warning = new Diagnostic(path, at.line(), at.column(), Severity.WARNING, message);
                if (reported.add(warning)) {
                    problems.add(warning);
                }
            }

            @Override
            public String address(int offset, String address, boolean image) {
                if (links == null) {
                    return address;
                }
                return addresses.computeIfAbsent(offset + " " + address, key -> Links.inspect(address, image,
                        shift(part.position(offset), origin), path, problems, links));
            }
        });
    }

    private static SourcePosition shift(SourcePosition at, SourcePosition origin) {
        return origin == null ? at : new SourcePosition(origin.line() + at.line() - 1,
                at.line() == 1 ? origin.column() + at.column() - 1 : at.column());
    }

    /** Rendered HTML without its raw HTML marks, and where each raw HTML node's literal stands in it. */
    private record Unmarked(String html, int[] starts, List<Node> raw) {
        static Unmarked of(Markdown.Rendered rendered) {
            StringBuilder html = new StringBuilder(rendered.html().length());
            List<Integer> bounds = new ArrayList<>();
            for (int i = 0; i < rendered.html().length(); i++) {
                char c = rendered.html().charAt(i);
                if (c == Markdown.RAW_MARK) {
                    bounds.add(html.length());
                } else {
                    html.append(c);
                }
            }
            int[] starts = new int[rendered.raw().size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = bounds.size() == 2 * starts.length ? bounds.get(2 * i) : -1;
                String literal = RawHtmlMarker.literal(rendered.raw().get(i));
                if (starts[i] < 0 || !html.substring(starts[i], bounds.get(2 * i + 1)).equals(literal)) {
                    throw new IllegalStateException("raw HTML marks out of step with the raw HTML nodes");
                }
            }
            return new Unmarked(html.toString(), starts, rendered.raw());
        }

        /** The raw HTML node whose literal holds the character at {@code offset}, or -1. */
        int region(int offset) {
            for (int i = starts.length - 1; i >= 0; i--) {
                if (offset >= starts[i]) {
                    return offset < starts[i] + RawHtmlMarker.literal(raw.get(i)).length() ? i : -1;
                }
            }
            return -1;
        }

        /** The bank position of an offset in raw HTML; the part's first raw HTML when the offset is not known. */
        SourcePosition position(int offset) {
            SourcePosition first = SourceLines.positionOf(raw.get(0), SourcePosition.START);
            int region = offset < 0 ? -1 : region(offset);
            if (region < 0) {
                return first;
            }
            Node node = raw.get(region);
            return SourceLines.positionInLiteral(node, RawHtmlMarker.literal(node), offset - starts[region],
                    SourceLines.positionOf(node, first));
        }
    }
}
