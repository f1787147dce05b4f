package dev.mdquiz.generator.model;

/**
 * Per-quiz behaviour from front matter.
 *
 * @param lang             language of the page; empty for the site default
 * @param passPercent      score needed to pass, 0 to 100; -1 when there is no pass mark
 * @param shuffleAnswers   present options, items and right-hand sides in a new order each attempt
 * @param shuffleQuestions present questions in a new order each attempt
 * @param pick             questions drawn per attempt; 0 for all
 * @param feedback         when the learner learns whether an answer is right
 * @param reveal           what the page shows after a check: the correct answer, explanations, or only on success
 * @param order            position among the quizzes of its section; {@link #UNORDERED} when not given
 */
public record QuizSettings(String lang, int passPercent, boolean shuffleAnswers, boolean shuffleQuestions, int pick,
                           Feedback feedback, Reveal reveal, int order) {
    public static final int UNORDERED = Integer.MAX_VALUE;

    public static final QuizSettings DEFAULTS =
            new QuizSettings("", -1, false, false, 0, Feedback.IMMEDIATE, Reveal.ANSWER, UNORDERED);

    public enum Feedback {
        /** Each question has its own Check button. */
        IMMEDIATE("immediate"),
        /** Answers are graded only when the whole quiz is submitted. */
        ON_SUBMIT("on-submit");

        private final String value;

        Feedback(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** Front matter {@code reveal}. */
    public enum Reveal {
        /** After a wrong check the page shows the correct answer where it can find it; explanations show after any check. */
        ANSWER("true"),
        /** Explanations and feedback show after any check; the correct answer is never shown. */
        EXPLANATION("false"),
        /** Explanations and feedback are encrypted with a key only a correct response yields. */
        ON_CORRECT("on-correct");

        private final String value;

        Reveal(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }
}
