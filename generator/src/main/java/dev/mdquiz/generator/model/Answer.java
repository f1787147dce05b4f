package dev.mdquiz.generator.model;

import java.math.BigDecimal;
import java.util.List;

/** What the learner must produce for a question, one record per question type. */
public sealed interface Answer {

    /** Where the answer part (options list, first blank, ...) starts. */
    SourcePosition position();

    QuestionType type();

    /** Task-list options; {@code forceMultiple} renders checkboxes even with one correct option. */
    record Choice(List<ChoiceOption> options, boolean forceMultiple, SourcePosition position) implements Answer {
        public Choice {
            options = List.copyOf(options);
        }

        public long correctCount() {
            return options.stream().filter(ChoiceOption::correct).count();
        }

        @Override
        public QuestionType type() {
            return forceMultiple || correctCount() > 1 ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        }
    }

    /** Blanks in the question text, in reading order. */
    record FillIn(List<Blank> blanks, SourcePosition position) implements Answer {
        public FillIn {
            blanks = List.copyOf(blanks);
        }

        @Override
        public QuestionType type() {
            return QuestionType.FILL_IN;
        }
    }

    /** Items in their correct order. */
    record Ordering(List<Item> items, SourcePosition position) implements Answer {
        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    /** Pairs in source order. */
    record Matching(List<Pair> pairs, SourcePosition position) implements Answer {
        public Matching {
            pairs = List.copyOf(pairs);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /** The question has nothing to answer. */
    record None(SourcePosition position) implements Answer {
        @Override
        public QuestionType type() {
            return QuestionType.NONE;
        }
    }

    /** A blank: a short answer with accepted variants, or a number within an interval. */
    sealed interface Blank {
        SourcePosition position();
    }

    /** @param variants accepted answers as the author wrote them */
    record TextBlank(List<String> variants, SourcePosition position) implements Blank {
        public TextBlank {
            variants = List.copyOf(variants);
        }
    }

    /** Accepts numbers in {@code [low, high]}; {@code low == high} for an exact answer. */
    record NumericBlank(BigDecimal low, BigDecimal high, SourcePosition position) implements Blank {
    }

    /** An ordering item. */
    record Item(Markup text, SourcePosition position) {
    }

    /** A matching pair: each side is one line of inline Markdown. */
    record Pair(Markup left, Markup right, SourcePosition position) {
    }
}
