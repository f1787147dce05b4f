package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.SourcePosition;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what is inside {@code [[...]]}: accepted variants separated by {@code |}, or after {@code =} a number
 * ({@code =42}), a number with a tolerance ({@code =3.14±0.005}, {@code =3.14+/-0.005}) or a range
 * ({@code =1.5..2.5}). A comma works as the decimal separator.
 */
final class BlankSpec {
    private static final String NUMBER = "[-+−]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "=\\s*(" + NUMBER + ")\\s*(?:(?:±|\\+/-|\\+-)\\s*(" + NUMBER + ")|\\.\\.\\s*(" + NUMBER + "))?\\s*");

    /** Thrown with a message for the author when the spec cannot be read. */
    static final class InvalidBlankException extends Exception {
        InvalidBlankException(String message) {
            super(message);
        }
    }

    private BlankSpec() {
    }

    static Answer.Blank parse(String spec, SourcePosition position) throws InvalidBlankException {
        String trimmed = spec.strip();
        if (trimmed.startsWith("=")) {
            return numeric(trimmed, position);
        }
        List<String> variants = Arrays.stream(trimmed.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (variants.isEmpty()) {
            throw new InvalidBlankException("empty blank: write the accepted answer inside [[ ]]");
        }
        return new Answer.TextBlank(variants, position);
    }

    private static Answer.NumericBlank numeric(String spec, SourcePosition position) throws InvalidBlankException {
        Matcher matcher = NUMERIC.matcher(spec);
        if (!matcher.matches()) {
            throw new InvalidBlankException("cannot read numeric answer '" + spec
                    + "': write =42, =3.14±0.005, =3.14+/-0.005 or =1.5..2.5");
        }
        BigDecimal value = number(matcher.group(1));
        if (matcher.group(2) != null) {
            BigDecimal tolerance = number(matcher.group(2));
            if (tolerance.signum() < 0) {
                throw new InvalidBlankException("tolerance in '" + spec + "' must not be negative");
            }
            return new Answer.NumericBlank(value.subtract(tolerance), value.add(tolerance), position);
        }
        if (matcher.group(3) != null) {
            BigDecimal high = number(matcher.group(3));
            if (high.compareTo(value) < 0) {
                throw new InvalidBlankException("range in '" + spec + "' ends below its start");
            }
            return new Answer.NumericBlank(value, high, position);
        }
        return new Answer.NumericBlank(value, value, position);
    }

    private static BigDecimal number(String text) throws InvalidBlankException {
        BigDecimal number = new BigDecimal(text.replace(',', '.').replace('−', '-'));
        int magnitude = number.precision() - number.scale();
        if (number.signum() != 0 && (magnitude > 30 || magnitude < -30 || number.scale() > 30)) {
            throw new InvalidBlankException("number " + text + " is too large or too precise for a numeric answer");
        }
        return number;
    }
}
