package dev.mdquiz.generator.internal.parse;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;

/** Small edits on a block's inline children, used to cut question numbers and task markers out of the AST. */
final class Inlines {
    private Inlines() {
    }

    /** Removes {@code count} leading characters of plain text, then any whitespace that follows them. */
    static void dropLeadingText(Node block, int count) {
        int remaining = count;
        Node child = block.getFirstChild();
        while (remaining > 0 && child instanceof Text text) {
            Node next = child.getNext();
            String literal = text.getLiteral();
            if (literal.length() <= remaining) {
                remaining -= literal.length();
                child.unlink();
            } else {
                dropLeadingChars(text, remaining);
                remaining = 0;
            }
            child = next;
        }
        dropLeadingWhitespace(block);
    }

    /** Cuts the start of a text node and moves its source position along, so later columns stay exact. */
    private static void dropLeadingChars(Text text, int count) {
        if (count == 0) {
            return; // most texts start with no white space to drop
        }
        text.setLiteral(text.getLiteral().substring(count));
        List<SourceSpan> spans = new ArrayList<>(text.getSourceSpans());
        int remaining = count;
        while (!spans.isEmpty() && remaining > 0) {
            SourceSpan first = spans.get(0);
            if (first.getLength() <= remaining) {
                remaining -= first.getLength();
                spans.remove(0);
            } else {
                spans.set(0, first.subSpan(remaining));
                remaining = 0;
            }
        }
        text.setSourceSpans(spans);
    }

    /** Removes whitespace-only text and line breaks at the start of a block. */
    static void dropLeadingWhitespace(Node block) {
        Node child = block.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Text text) {
                String literal = text.getLiteral();
                String stripped = literal.stripLeading();
                if (!stripped.isEmpty()) {
                    dropLeadingChars(text, literal.length() - stripped.length());
                    return;
                }
                child.unlink();
            } else if (child instanceof org.commonmark.node.SoftLineBreak || child instanceof org.commonmark.node.HardLineBreak) {
                child.unlink();
            } else {
                return;
            }
            child = next;
        }
    }
}
