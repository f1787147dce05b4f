package dev.mdquiz.generator.internal.key;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** The ids a page shows for options, ordering items and matching sides (docs/answer-keys.md, the scheme). */
public final class PublicIds {
    private static final int ID_HEX_LENGTH = 8;

    private PublicIds() {
    }

    /**
     * One id per text, from the salt and the text (and which of several equal texts it is), never from a
     * position: an ordering item's position is its answer. Texts are taken in sorted order, so that even the rare
     * clash of two ids is resolved without regard to their positions.
     */
    public static List<String> of(String salt, String kind, List<String> texts) {
        String[] ids = new String[texts.size()];
        Set<String> seen = new HashSet<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<Integer> bySortedText = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparing(texts::get)).toList();
        for (int i : bySortedText) {
            String base = salt + "|" + kind + "|" + occurrences.merge(texts.get(i), 1, Integer::sum) + "|" + texts.get(i);
            String id = Sha256.hex(base, ID_HEX_LENGTH);
            for (int attempt = 1; !seen.add(id); attempt++) {
                id = Sha256.hex(base + "|" + attempt, ID_HEX_LENGTH);
            }
            ids[i] = id;
        }
        return List.of(ids);
    }
}
