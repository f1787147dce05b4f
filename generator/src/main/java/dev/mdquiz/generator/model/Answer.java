package dev.mdquiz.generator.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the learner must produce for a question, one record per kind of question. Code that treats kinds
 * differently goes through {@link #accept}: a new kind adds a {@link Visitor} method, and every stage that has
 * no case for it stops compiling (Java 17 has no exhaustive switch over a sealed type).
 */
public sealed interface Answer {

    /** Where the answer part (options list, first blank, ...) starts. */
    SourcePosition position();

    QuestionType type();

    <R> R accept(Visitor<R> visitor);

    /** Its Markdown parts, in the order the page shows them (an option before its feedback). */
    List<Markup> parts();

    /** One method per kind of answer. */
    interface Visitor<R> {
        R choice(Choice choice);

        R fillIn(FillIn fillIn);

        R ordering(Ordering ordering);

        R matching(Matching matching);

        R none(None none);
    }

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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.choice(this);
        }

        @Override
        public List<Markup> parts() {
            List<Markup> parts = new ArrayList<>(2 * options.size());
            for (ChoiceOption option : options) {
                parts.add(option.text());
                parts.add(option.feedback());
            }
            return Collections.unmodifiableList(parts);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fillIn(this);
        }

        @Override
        public List<Markup> parts() {
            return List.of(); // its blanks stand in the question text
        }
    }

    /**
     * Items in their correct order.
     *
     * @param code for a Parsons problem (a code block marked {@code order}), its language and whether indentation is
     *             graded; null for a numbered list
     */
    record Ordering(List<Item> items, SourcePosition position, CodeOrder code) implements Answer {
        public Ordering {
            items = List.copyOf(items);
        }

        /** A numbered list to order. */
        public Ordering(List<Item> items, SourcePosition position) {
            this(items, position, null);
        }

        /** Whether the items are lines of code (a Parsons problem). */
        public boolean isCode() {
            return code != null;
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ordering(this);
        }

        @Override
        public List<Markup> parts() {
            return items.stream().map(Item::text).toList();
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.matching(this);
        }

        @Override
        public List<Markup> parts() {
            List<Markup> parts = new ArrayList<>(2 * pairs.size());
            for (Pair pair : pairs) {
                parts.add(pair.left());
                parts.add(pair.right());
            }
            return Collections.unmodifiableList(parts);
        }
    }

    /** The question has nothing to answer. */
    record None(SourcePosition position) implements Answer {
        @Override
        public QuestionType type() {
            return QuestionType.NONE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.none(this);
        }

        @Override
        public List<Markup> parts() {
            return List.of();
        }
    }

    /**
     * A blank: a short answer with accepted variants, an answer of several lines, or a number within an interval.
     * Code that treats them differently goes through {@link #accept}, so a new kind of blank stops every stage that
     * has no case for it from compiling.
     */
    sealed interface Blank {
        SourcePosition position();

        <R> R accept(BlankVisitor<R> visitor);
    }

    /** One method per kind of blank. */
    interface BlankVisitor<R> {
        R text(TextBlank text);

        R lines(LinesBlank lines);

        R number(NumericBlank number);
    }

    /** @param variants accepted answers as the author wrote them */
    record TextBlank(List<String> variants, SourcePosition position) implements Blank {
        public TextBlank {
            variants = List.copyOf(variants);
        }

        @Override
        public <R> R accept(BlankVisitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /**
     * A text answer of several lines, such as a program's output: compared line by line, exactly but for white space
     * at the end of each line and blank lines at the end (docs/format.md, "Output prediction").
     *
     * @param text the expected lines, joined by {@code \n}, as the author wrote them
     */
    record LinesBlank(String text, SourcePosition position) implements Blank {
        @Override
        public <R> R accept(BlankVisitor<R> visitor) {
            return visitor.lines(this);
        }
    }

    /** Accepts numbers in {@code [low, high]}; {@code low == high} for an exact answer. */
    record NumericBlank(BigDecimal low, BigDecimal high, SourcePosition position) implements Blank {
        @Override
        public <R> R accept(BlankVisitor<R> visitor) {
            return visitor.number(this);
        }
    }

    /**
     * An ordering item; a line of a Parsons problem is a code block of its own, without its indentation.
     *
     * @param indent the line's indentation in levels (0 for an item of a list)
     */
    record Item(Markup text, SourcePosition position, int indent) {
        public Item(Markup text, SourcePosition position) {
            this(text, position, 0);
        }
    }

    /**
     * What makes an ordering a Parsons problem.
     *
     * @param language    the code's language, for highlighting; may be empty
     * @param gradeIndent whether the learner sets each line's indentation too ({@code <!-- quiz: indent -->})
     */
    record CodeOrder(String language, boolean gradeIndent) {
    }

    /** A matching pair: each side is one line of inline Markdown. */
    record Pair(Markup left, Markup right, SourcePosition position) {
    }
}
