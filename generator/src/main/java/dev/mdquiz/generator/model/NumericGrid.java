package dev.mdquiz.generator.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a numeric answer onto a grid of step {@code 10^exponent} so that it can be checked against hashes: the
 * learner's number is rounded to the nearest grid point, and the keys are the grid points inside the interval.
 * An exact answer uses the grid of its own last digit and accepts only numbers that lie on it. A range uses a
 * step of a tenth to a hundredth of its width, so numbers up to half a step outside the interval also pass.
 *
 * @param exponent the grid step is {@code 10^exponent}
 * @param exact    whether the learner's number must lie on the grid exactly
 * @param points   the accepted grid points, as multiples of the step
 */
public record NumericGrid(int exponent, boolean exact, List<BigInteger> points) {
    /** Ranges wider than this many steps are refused rather than hashed point by point. */
    public static final int MAX_POINTS = 101;

    /**
     * An exact answer as the page writes the learner's number before hashing it: plain decimal digits, no
     * exponent, no trailing zeros after the point, no leading zeros ({@code 1000}, {@code -273.15}, {@code 0.5}).
     * Equal numbers give equal strings however they were written, and nothing about the grid is published.
     */
    public static String canonical(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    public static NumericGrid of(Answer.NumericBlank blank) {
        BigDecimal low = blank.low();
        BigDecimal high = blank.high();
        if (low.compareTo(high) == 0) {
            BigDecimal value = low.stripTrailingZeros();
            int exponent = -value.scale();
            return new NumericGrid(exponent, true, List.of(value.movePointLeft(exponent).toBigIntegerExact()));
        }
        BigDecimal width = high.subtract(low);
        int exponent = width.precision() - width.scale() - 2; // floor(log10(width)) - 1
        BigInteger first = low.movePointLeft(exponent).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
        BigInteger last = high.movePointLeft(exponent).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
        List<BigInteger> points = new ArrayList<>();
        for (BigInteger k = first; k.compareTo(last) <= 0 && points.size() < MAX_POINTS; k = k.add(BigInteger.ONE)) {
            points.add(k);
        }
        return new NumericGrid(exponent, false, points);
    }
}
