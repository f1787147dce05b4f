package dev.mdquiz.generator.internal.key;

import java.math.BigInteger;
import java.util.List;

/**
 * One part of a response, as a question kind declares it for the key stage: a whole choice or ordering, one
 * matching pair, one blank, or the right options of a multiple select one by one.
 *
 * @param name     {@code choice}, {@code order}, a left-hand side's id, {@code b1}, {@code b2}, ..., or {@code pick}
 * @param accepted the values accepted for it
 * @param kind     how its keys are published
 */
public record ResponsePart(String name, List<Accepted> accepted, Kind kind) {
    public ResponsePart {
        accepted = List.copyOf(accepted);
    }

    /** A part that accepts exactly {@code value}. */
    public static ResponsePart whole(String name, String value) {
        return new ResponsePart(name, List.of(Accepted.of(value)), Kind.WHOLE);
    }

    public enum Kind {
        /** Accepts exactly one value, whose material's second half is the part's lock share. */
        WHOLE,
        /** Accepts several values: keys padded with decoys, each carrying a wrap of the part's one lock share. */
        BLANK,
        /** Each right option of a multiple select, for partial credit: keys only, no lock share, no padding. */
        PICK
    }

    /**
     * An accepted value. A point of a numeric range's grid is derived through its bucket of ten points, and the
     * bucket's material hashed once more with the point (see docs/answer-keys.md, "Numeric answers").
     *
     * @param value     what is derived
     * @param gridPoint the grid point hashed with the bucket's material; null for every other value
     */
    public record Accepted(String value, String gridPoint) {
        private static final BigInteger BUCKET = BigInteger.TEN;

        public static Accepted of(String value) {
            return new Accepted(value, null);
        }

        public static Accepted onGrid(BigInteger point) {
            BigInteger bucket = point.subtract(point.mod(BUCKET)).divide(BUCKET); // rounds down, as Math.floor does
            return new Accepted("~" + bucket, point.toString());
        }

        /** The key material from the derivation's output. */
        byte[] material(byte[] derived) {
            return gridPoint == null ? derived : Sha256.digest(Sha256.HEX.formatHex(derived) + "|" + gridPoint);
        }
    }
}
