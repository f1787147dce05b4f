package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.internal.key.AnswerText;
import dev.mdquiz.generator.internal.kind.QuestionKind;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.internal.text.PlainText;

import java.util.regex.Pattern;

/**
 * Learners open hints before they answer, so a hint that spells out the answer gives it away: a short answer
 * that the hint contains as a word, or a right option of two words or more that it quotes.
 */
final class HintCheck {
    /** Letters, digits, combining marks and underscores continue a word: "max" is not a word of "max_value". */
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}\\p{M}_])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}\\p{M}_])";

    private HintCheck() {
    }

    static void check(Question question, Report report) {
        String hint = AnswerText.normalize(PlainText.of(question.hint()));
        if (hint.isEmpty()) {
            return;
        }
        for (String answer : QuestionKind.of(question.answer()).giveaways()) {
            String normal = AnswerText.normalize(answer);
            // two-letter answers ("in", "go") are common words: too noisy to flag
            if (normal.codePointCount(0, normal.length()) >= 3 && containsWord(hint, normal)) {
                report.warning(question.hintPosition(), "the hint of question " + question.number()
                        + " gives the answer away ('" + answer + "'); learners can open it before they answer");
                return;
            }
        }
    }

    /** Whether {@code words} appear in {@code text} as whole words; most hints do not hold them at all. */
    private static boolean containsWord(String text, String words) {
        return text.contains(words)
                && Pattern.compile(NOT_WORD_BEFORE + Pattern.quote(words) + NOT_WORD_AFTER).matcher(text).find();
    }
}
