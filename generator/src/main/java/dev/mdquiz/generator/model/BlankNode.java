package dev.mdquiz.generator.model;

import org.commonmark.node.CustomNode;

/**
 * A {@code [[...]]} blank where it stands in a question's text: its number in the question ({@code 1} for
 * {@code b1}) and what it accepts. Each output renders it its own way: an input on the page, {@code ___} in text.
 */
public final class BlankNode extends CustomNode {
    private final int number;
    private final Answer.Blank blank;

    public BlankNode(int number, Answer.Blank blank) {
        this.number = number;
        this.blank = blank;
    }

    public int number() {
        return number;
    }

    public Answer.Blank blank() {
        return blank;
    }
}
