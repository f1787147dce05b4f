package dev.mdquiz.generator.internal.key;

import java.util.List;

/**
 * What a question kind gives the key stage: the parts of a response with the values each accepts, and the ids
 * the page shows.
 *
 * @param ids      one per option, ordering item or matching left-hand side, in source order; empty for blanks
 * @param rightIds for matching: each pair's right-hand side's id, in source order; empty otherwise
 * @param parts    in the order the question shows them
 */
public record KeyPlan(List<String> ids, List<String> rightIds, List<ResponsePart> parts) {
    public KeyPlan {
        ids = List.copyOf(ids);
        rightIds = List.copyOf(rightIds);
        parts = List.copyOf(parts);
    }
}
