package dev.mdquiz.generator.internal.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** What an imported question asks for, in the kinds this project's format can hold. Texts are Markdown. */
public sealed interface ImportedAnswer {

    /** @param feedback empty when there is none */
    record Option(String text, boolean correct, String feedback) {
    }

    record Choice(List<Option> options) implements ImportedAnswer {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /** Blanks in the question text, in reading order; the text holds {@link #placeholder(int)} where each stands. */
    record FillIn(List<Blank> blanks) implements ImportedAnswer {
        public FillIn {
            blanks = List.copyOf(blanks);
        }

        /** Any blank's {@link #placeholder(int)}, its index the first group. */
        public static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

        /** Marks blank {@code index} (0-based) in a stem: private-use characters no imported text contains. */
        public static String placeholder(int index) {
            return "\uE000" + index + "\uE001";
        }
    }

    record Ordering(List<String> items) implements ImportedAnswer {
        public Ordering {
            items = List.copyOf(items);
        }
    }

    record Pair(String left, String right) {
    }

    record Matching(List<Pair> pairs) implements ImportedAnswer {
        public Matching {
            pairs = List.copyOf(pairs);
        }
    }

    sealed interface Blank {
    }

    /** @param variants accepted answers as plain text */
    record TextBlank(List<String> variants) implements Blank {
        public TextBlank {
            variants = List.copyOf(variants);
        }
    }

    /** {@code value ± tolerance}; a zero tolerance is an exact number. */
    record NumberBlank(BigDecimal value, BigDecimal tolerance) implements Blank {
    }

    record RangeBlank(BigDecimal low, BigDecimal high) implements Blank {
    }
}
