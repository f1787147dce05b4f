package dev.mdquiz.generator.model;

import org.commonmark.node.CustomNode;

import java.util.List;

/**
 * A formula where it stands in a part: {@code $...$} inline or {@code $$...$$} display math, as the TeX the author
 * wrote between the dollars. Each output renders it its own way: MathML on the page, the TeX in text outputs. Inside
 * a formula nothing is Markdown: {@code [[...]]} is TeX (an interval, say), never a blank.
 */
public final class MathNode extends CustomNode {
    private final String tex;
    private final boolean display;
    private final SourcePosition position;
    private final List<SourcePosition> lines;

    /**
     * @param position where the formula starts in the bank: its opening dollar
     * @param lines where each line of {@code tex} starts in the bank (the first: right after the opening dollars);
     *              positions are forgotten after the parse stage in other nodes, so a formula keeps its own for the
     *              check stage, which reports invalid TeX at its line and column
     */
    public MathNode(String tex, boolean display, SourcePosition position, List<SourcePosition> lines) {
        this.tex = tex;
        this.display = display;
        this.position = position;
        this.lines = List.copyOf(lines);
    }

    public String tex() {
        return tex;
    }

    /** {@code $$...$$}: a formula on a line of its own, centred. */
    public boolean display() {
        return display;
    }

    /** Where the formula starts in the bank: its opening dollar. */
    public SourcePosition position() {
        return position;
    }

    /** Where the TeX's character at {@code offset} stands in the bank. */
    public SourcePosition at(int offset) {
        if (lines.isEmpty()) {
            return position;
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, tex.length()); i++) {
            if (tex.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        SourcePosition start = lines.get(Math.min(line, lines.size() - 1));
        return new SourcePosition(start.line(), start.column() + offset - lineStart);
    }
}
