package dev.mdquiz.generator.model;

/**
 * One answer option of a choice question.
 *
 * @param text     what the option says
 * @param correct  whether the author marked it {@code [x]}
 * @param feedback shown when the learner picked this option and checked; empty when there is none
 */
public record ChoiceOption(Markup text, boolean correct, Markup feedback, SourcePosition position) {
}
