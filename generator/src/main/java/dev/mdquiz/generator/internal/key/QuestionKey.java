package dev.mdquiz.generator.internal.key;

import java.util.List;

/**
 * What the page needs to grade one question without knowing its answer.
 *
 * @param salt     public, per-question value derived from the content and the site's secret
 * @param keys     the accepted hashes, sorted, so their order says nothing about which part they belong to
 * @param ids      one id per option, ordering item or matching pair, in source order; derived from the salt,
 *                 so neither the values nor their order carry information about the answer
 * @param rightIds for matching: the id of each pair's right-hand side, in source order (equal texts share an id)
 */
public record QuestionKey(String salt, List<String> keys, List<String> ids, List<String> rightIds) {
    public QuestionKey {
        keys = List.copyOf(keys);
        ids = List.copyOf(ids);
        rightIds = List.copyOf(rightIds);
    }
}
