package dev.mdquiz.generator.model;

import dev.mdquiz.generator.internal.text.PlainText;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.List;

/**
 * One part of a quiz as its author wrote it in Markdown: a question text, a hint, an option or its feedback, an
 * explanation, an ordering item, a side of a matching pair, an intro. It holds commonmark's blocks, with each blank
 * as a {@link BlankNode} and each link to where the author pointed it (relative to the bank, {@code loops.md#q2}),
 * so that every output renders it its own way: pages as HTML, answer keys and checks as text.
 *
 * <p>Immutable: the parse stage builds the nodes and nothing changes them afterwards; renderers only read them, so
 * parts may be rendered on several threads at once. Raw HTML keeps its position in the bank in its nodes' source
 * spans, for the raw-HTML check; the positions other checks report are in the records that hold the parts.
 */
public final class Markup {
    public static final Markup EMPTY = new Markup(List.of(), false);

    private final List<Node> blocks;
    private final boolean inline;
    private final boolean rawHtml;
    /** {@link #plainText()}, once made; racy but safe: every thread would make the same immutable string. */
    private volatile String plainText;

    private Markup(List<Node> blocks, boolean inline) {
        this.blocks = List.copyOf(blocks);
        this.inline = inline && !blocks.isEmpty() && blocks.get(0) instanceof Paragraph;
        this.rawHtml = anyRawHtml(this.blocks);
    }

    private static boolean anyRawHtml(List<Node> blocks) {
        for (Node block : blocks) {
            if (holdsRawHtml(block)) {
                return true;
            }
        }
        return false;
    }

    /** Blocks shown as blocks: a question text, a hint, feedback, an explanation, an intro. */
    public static Markup of(List<Node> blocks) {
        return blocks.isEmpty() ? EMPTY : new Markup(blocks, false);
    }

    /** An option, an ordering item or a side of a pair: its first paragraph runs inline, further blocks follow. */
    public static Markup inline(List<Node> blocks) {
        return blocks.isEmpty() ? EMPTY : new Markup(blocks, true);
    }

    public List<Node> blocks() {
        return blocks;
    }

    /** Whether the first block is a paragraph shown as its content alone, without a paragraph around it. */
    public boolean inline() {
        return inline;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether the author wrote raw HTML here (an image's description, shown as its alt text, does not count). */
    public boolean hasRawHtml() {
        return rawHtml;
    }

    /**
     * The part as plain text ({@code PlainText}): what checks, salts, ids and the teachers' keys read. Made once and
     * kept, as the part never changes; several stages read the same part.
     */
    public String plainText() {
        String text = plainText;
        if (text == null) {
            text = PlainText.PLAIN.write(this);
            plainText = text;
        }
        return text;
    }

    private static boolean holdsRawHtml(Node node) {
        if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            return true;
        }
        if (node instanceof Image) {
            return false;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (holdsRawHtml(child)) {
                return true;
            }
        }
        return false;
    }
}
