package dev.mdquiz.generator.internal.key;

import java.util.List;
import java.util.Optional;

/**
 * What the page needs to grade one question without knowing its answer.
 *
 * @param salt       public, per-question value derived from the content and the site's secret
 * @param keys       the {@code data-keys} entries, decoys included, sorted, so their order and number say nothing
 *                   about which part they belong to
 * @param ids        one id per option, ordering item or matching pair, in source order; derived from the salt,
 *                   so neither the values nor their order carry information about the answer
 * @param rightIds   for matching: the id of each pair's right-hand side, in source order (equal texts share an id)
 * @param iterations PBKDF2 iterations the page must run per check; 0 for plain SHA-256
 * @param lock       present when the question's explanation and feedback open only on a correct response
 */
public record QuestionKey(String salt, List<String> keys, List<String> ids, List<String> rightIds, int iterations,
                          Optional<LockKey> lock) {
    public QuestionKey {
        keys = List.copyOf(keys);
        ids = List.copyOf(ids);
        rightIds = List.copyOf(rightIds);
    }
}
