package dev.mdquiz.generator.model;

import org.commonmark.node.CustomBlock;

/**
 * A fenced code block marked {@code blanks} (```` ```python blanks ````): its code as {@link org.commonmark.node.Text}
 * runs (newlines included) with a {@link BlankNode} where each {@code [[...]]} stood, so that every output shows the
 * blanks where they are in the code: inputs inside the highlighted code on the page, {@code ___} in text.
 */
public final class CodeWithBlanks extends CustomBlock {
    private final String language;
    private final int questionBlanks;

    /**
     * @param language       the info string's language word, or empty
     * @param questionBlanks how many blanks the whole question has, for "blank 2 of 3"
     */
    public CodeWithBlanks(String language, int questionBlanks) {
        this.language = language;
        this.questionBlanks = questionBlanks;
    }

    public String language() {
        return language;
    }

    public int questionBlanks() {
        return questionBlanks;
    }
}
