package dev.mdquiz.generator.internal.parse;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/** The bank's lines, to read raw source at a node's position. */
final class SourceLines {
    private final String[] lines;

    SourceLines(String text) {
        this.lines = text.split("\n", -1);
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
