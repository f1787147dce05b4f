package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.model.Answer;
import org.commonmark.node.CustomNode;

/** A {@code [[...]]} blank cut out of the question text; rendered as an input. */
final class BlankNode extends CustomNode {
    final int index;
    final Answer.Blank blank;

    BlankNode(int index, Answer.Blank blank) {
        this.index = index;
        this.blank = blank;
    }
}
