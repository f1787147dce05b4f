package dev.mdquiz.generator.internal.render;

/**
 * What a quiz page carries only when a question on it needs it: each part is a script and a style sheet of the
 * theme named after it ({@code choice.js} and {@code choice.css}, ...). A page inlines its parts in this order, the
 * scripts between keys.js and quiz.js, the styles after quiz.css: code.js builds on fill-in.js and ordering.js.
 */
public enum ThemePart {
    CHOICE("choice"),
    FILL_IN("fill-in"),
    ORDERING("ordering"),
    MATCHING("matching"),
    /** Code to answer: blanks in code, output to predict, lines of code to order. */
    CODE("code");

    final String fileName;

    ThemePart(String fileName) {
        this.fileName = fileName;
    }
}
