package dev.mdquiz.generator.internal.model;

/**
 * One answer option of a choice question.
 *
 * @param html    the option text rendered as inline HTML
 * @param text    the option text without markup, for checks and answer keys
 * @param correct      whether the author marked it {@code [x]}
 * @param feedbackHtml shown when the learner picked this option and checked; empty when there is none
 */
public record ChoiceOption(String html, String text, boolean correct, String feedbackHtml, SourcePosition position) {
}
