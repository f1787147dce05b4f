package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.model.SourcePosition;

/**
 * One imported question, its texts already Markdown of this project's format (plain text escaped, HTML converted).
 * A fill-in's blanks stand in {@code stem} as {@link ImportedAnswer.FillIn#placeholder(int)}s.
 *
 * @param at            where the question starts in the imported file
 * @param stem          the question text
 * @param hint          empty when there is none
 * @param explanation   general feedback; empty when there is none
 * @param points        weight in the score, at least 1
 * @param forceMultiple checkboxes even with one correct option (a multiple-answer question of the source)
 */
public record ImportedQuestion(SourcePosition at, String stem, String hint, ImportedAnswer answer, String explanation,
                               int points, boolean forceMultiple) {
}
