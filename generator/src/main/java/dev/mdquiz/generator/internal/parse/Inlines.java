package dev.mdquiz.generator.internal.parse;

import org.commonmark.node.Node;
import org.commonmark.node.Text;

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
                text.setLiteral(literal.substring(remaining));
                remaining = 0;
            }
            child = next;
        }
        dropLeadingWhitespace(block);
    }

    /** Removes whitespace-only text and line breaks at the start of a block. */
    static void dropLeadingWhitespace(Node block) {
        Node child = block.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Text text) {
                String stripped = text.getLiteral().stripLeading();
                if (!stripped.isEmpty()) {
                    text.setLiteral(stripped);
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
