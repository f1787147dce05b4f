package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.model.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/** The bank's lines, to read raw source at a node's position and to turn spans into positions. */
final class SourceLines {
    private final String[] lines;

    SourceLines(String text) {
        this.lines = text.split("\n", -1);
    }

    /** Where the character at {@code offset} of a node's text stands, assuming text and source align. */
    static SourcePosition positionOf(Node node, int offset, SourcePosition fallback) {
        int remaining = offset;
        for (SourceSpan span : node.getSourceSpans()) {
            if (remaining < span.getLength()) {
                return new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + remaining + 1);
            }
            remaining -= span.getLength();
        }
        return positionOf(node, fallback);
    }

    /**
     * Where the character at {@code offset} of a raw HTML node's literal stands: each line of the literal is one
     * of the node's spans (container prefixes such as "> " are in the spans' columns, not in the literal).
     */
    static SourcePosition positionInLiteral(Node node, String literal, int offset, SourcePosition fallback) {
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
            return positionOf(node, fallback);
        }
        SourceSpan span = spans.get(line);
        return new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + offset - lineStart + 1);
    }

    static SourcePosition positionOf(Node node, SourcePosition fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return fallback;
        }
        SourceSpan first = spans.get(0);
        return new SourcePosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
    }

    /** The node's source text, its lines joined with spaces (for list items written on one line, the line). */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            String line = lines[span.getLineIndex()];
            int from = Math.min(span.getColumnIndex(), line.length());
            int to = Math.min(from + span.getLength(), line.length());
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(line, from, to);
        }
        return text.toString();
    }

    /** The rest of the line from where the node starts, or "" when the node has no position. */
    String restOfFirstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        SourceSpan first = spans.get(0);
        String line = lines[first.getLineIndex()];
        return first.getColumnIndex() <= line.length() ? line.substring(first.getColumnIndex()) : "";
    }
}
