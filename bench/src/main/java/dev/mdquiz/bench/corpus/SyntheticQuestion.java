package dev.mdquiz.bench.corpus;

import java.util.List;

/** One generated question, independent of any syntax; {@link MdquizBank} and {@link QuizdownQuiz} write it out. */
public sealed interface SyntheticQuestion {

    Prompt prompt();

    /** Text after the answers, or null. */
    String explanation();

    /** What every question type shares: the question text and its optional parts, or null where absent. */
    record Prompt(String text, String code, String image, String hint) {
    }

    record Option(String text, boolean correct, String feedback) {
    }

    /** Single choice with one correct option, multiple select with more. */
    record Choice(Prompt prompt, List<Option> options, String explanation) implements SyntheticQuestion {
        public boolean multiple() {
            return options.stream().filter(Option::correct).count() > 1;
        }
    }

    /** A text or numeric blank, written in mdquiz's blank syntax without the brackets: "Oslo|the Oslo", "=42". */
    record FillIn(Prompt prompt, String lead, String blank, String explanation) implements SyntheticQuestion {
    }

    record Ordering(Prompt prompt, List<String> items, String explanation) implements SyntheticQuestion {
    }

    record Matching(Prompt prompt, List<String> lefts, List<String> rights, String explanation)
            implements SyntheticQuestion {
    }
}
