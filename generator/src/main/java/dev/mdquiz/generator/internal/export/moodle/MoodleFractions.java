package dev.mdquiz.generator.internal.export.moodle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Grades of a multiple-select question's options in Moodle: the correct options share 100 % evenly and the wrong
 * ones share -100 % evenly, so that picking every correct option scores 100 %, each wrong pick takes back its share
 * and picking every option scores 0 (Moodle never goes below 0). Moodle's form offers a fixed list of grades
 * (question_bank::fraction_options_full); a share of 100 % among a number of options not in that list is written
 * as it is, to 5 decimals, which Moodle imports and grades but asks to change when the question is edited.
 */
public final class MoodleFractions {
    /** Counts n for which 100/n is one of Moodle's grades (100, 50, 33.33333, 25, 20, 16.66667, ... 5). */
    private static final Set<Integer> LISTED = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20);

    private MoodleFractions() {
    }

    /** 100/n as Moodle writes grades: at most 5 decimals, no trailing zeros ({@code 33.33333}, {@code 12.5}). */
    public static String share(int n) {
        BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 5, RoundingMode.HALF_UP);
        return share.stripTrailingZeros().toPlainString();
    }

    /** Whether Moodle's list of grades holds 100/n. */
    public static boolean listed(int n) {
        return LISTED.contains(n);
    }
}
