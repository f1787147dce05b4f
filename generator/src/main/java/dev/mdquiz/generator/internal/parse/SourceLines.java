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

    static SourcePosition positionOf(Node node, SourcePosition fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return fallback;
        }
        SourceSpan first = spans.get(0);
        return new SourcePosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
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
