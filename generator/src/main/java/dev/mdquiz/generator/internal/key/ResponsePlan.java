package dev.mdquiz.generator.internal.key;

import java.math.BigInteger;
import java.util.List;

/**
 * What the page hashes for one question, before anything is hashed: each part of a response and the values
 * accepted for it.
 *
 * @param quizId     part of every hashed text
 * @param questionId part of every hashed text
 * @param salt       the question's public salt
 * @param iterations PBKDF2 iterations of this question's keys; 0 or 1 for plain SHA-256
 * @param parts      in the order the question shows them
 */
record ResponsePlan(String quizId, String questionId, String salt, int iterations, List<Part> parts) {
    ResponsePlan {
        parts = List.copyOf(parts);
    }

    /** The derivation the page runs for an accepted value: {@code salt|quizId|questionId|part|value}. */
    Derivation derivation(Part part, Accepted accepted) {
        return new Derivation(salt, String.join("|", salt, quizId, questionId, part.name(), accepted.value()), iterations);
    }

    List<Derivation> derivations() {
        return parts.stream().flatMap(part -> part.accepted().stream().map(accepted -> derivation(part, accepted))).toList();
    }

    /**
     * One part of a response: a whole choice or ordering, one matching pair, one blank, or the right options of
     * a multiple select one by one.
     *
     * @param name {@code choice}, {@code order}, a left-hand side's id, {@code b1}, {@code b2}, ..., or {@code pick}
     * @param kind how its keys are published
     */
    record Part(String name, List<Accepted> accepted, Kind kind) {
        Part {
            accepted = List.copyOf(accepted);
        }
    }

    enum Kind {
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
    record Accepted(String value, String gridPoint) {
        private static final BigInteger BUCKET = BigInteger.TEN;

        static Accepted of(String value) {
            return new Accepted(value, null);
        }

        static Accepted onGrid(BigInteger point) {
            BigInteger bucket = point.subtract(point.mod(BUCKET)).divide(BUCKET); // rounds down, as Math.floor does
            return new Accepted("~" + bucket, point.toString());
        }

        /** The key material from the derivation's output. */
        byte[] material(byte[] derived) {
            return gridPoint == null ? derived : Sha256.digest(Sha256.HEX.formatHex(derived) + "|" + gridPoint);
        }
    }
}
