package dev.mdquiz.generator.internal.key;

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
record ResponsePlan(String quizId, String questionId, String salt, int iterations, List<ResponsePart> parts) {
    ResponsePlan {
        parts = List.copyOf(parts);
    }

    /** The derivation the page runs for an accepted value: {@code salt|quizId|questionId|part|value}. */
    Derivation derivation(ResponsePart part, ResponsePart.Accepted accepted) {
        return new Derivation(salt, String.join("|", salt, quizId, questionId, part.name(), accepted.value()), iterations);
    }

    /** Whether its derivations are stretched, as {@link Derivation#stretched()} says of each. */
    boolean stretched() {
        return iterations > 1;
    }

    List<Derivation> derivations() {
        return parts.stream().flatMap(part -> part.accepted().stream().map(accepted -> derivation(part, accepted))).toList();
    }
}
