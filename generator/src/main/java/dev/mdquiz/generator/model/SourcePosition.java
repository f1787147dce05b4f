package dev.mdquiz.generator.model;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/** A 1-based line and column in a bank. */
public record SourcePosition(int line, int column) {
    public static final SourcePosition START = new SourcePosition(1, 1);

    /** Where a node starts, or {@code fallback} when it has no source span. */
    public static SourcePosition of(Node node, SourcePosition fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return fallback;
        }
        SourceSpan first = spans.get(0);
        return new SourcePosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
    }

    /** Where the character at {@code offset} of a node's text stands, assuming text and source align. */
    public static SourcePosition of(Node node, int offset, SourcePosition fallback) {
        int remaining = offset;
        for (SourceSpan span : node.getSourceSpans()) {
            if (remaining < span.getLength()) {
                return new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + remaining + 1);
            }
            remaining -= span.getLength();
        }
        return of(node, fallback);
    }

    /**
     * Where the character at {@code offset} of a raw HTML node's literal stands: each line of the literal is one
     * of the node's spans (container prefixes such as "> " are in the spans' columns, not in the literal).
     */
    public static SourcePosition inRawHtml(Node node, int offset, SourcePosition fallback) {
        String literal = node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, literal.length()); i++) {
            if (literal.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (line >= spans.size()) {
            return of(node, fallback);
        }
        SourceSpan span = spans.get(line);
        return new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + offset - lineStart + 1);
    }
}
