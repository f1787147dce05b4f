package dev.mdquiz.generator.internal.key;

import java.util.List;

/**
 * What the page needs to grade one question without knowing its answer.
 *
 * @param questionId id of the question within its quiz
 * @param salt       public, per-question random-looking value derived from the content
 * @param optionIds  one id per option, in source order; the ids carry no information about correctness
 * @param key        hex SHA-256 of the canonical correct response
 */
public record QuestionKey(String questionId, String salt, List<String> optionIds, String key) {
    public QuestionKey {
        optionIds = List.copyOf(optionIds);
    }
}
