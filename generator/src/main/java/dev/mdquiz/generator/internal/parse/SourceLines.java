package dev.mdquiz.generator.internal.parse;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/** The bank's lines, to read raw source at a node's position; the text is not copied line by line. */
final class SourceLines {
    private final String text;
    /** Where each line starts in the text. */
    private final int[] starts;

    SourceLines(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count];
        for (int line = 1, i = text.indexOf('\n'); i >= 0; line++, i = text.indexOf('\n', i + 1)) {
            starts[line] = i + 1;
        }
    }

    /** The node's source text, its lines joined with spaces (for list items written on one line, the line). */
    String text(Node node) {
        StringBuilder result = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            int line = span.getLineIndex();
            int length = lineLength(line);
            int from = Math.min(span.getColumnIndex(), length);
            int to = Math.min(from + span.getLength(), length);
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(text, starts[line] + from, starts[line] + to);
        }
        return result.toString();
    }

    /** The rest of the line from where the node starts, or "" when the node has no position. */
    String restOfFirstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        SourceSpan first = spans.get(0);
        int line = first.getLineIndex();
        int length = lineLength(line);
        return first.getColumnIndex() <= length
                ? text.substring(starts[line] + first.getColumnIndex(), starts[line] + length) : "";
    }

    private int lineLength(int line) {
        int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        return end - starts[line];
    }
}
