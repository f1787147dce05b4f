package dev.mdquiz.generator.internal.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionsTest {
    private static final List<String> KEYS = SettingsReader.KEYS;

    @Test
    void knownDistances() {
        assertEquals(0, Suggestions.distance("title", "title"));
        assertEquals(1, Suggestions.distance("titel", "title"), "a swap of adjacent letters is one edit");
        assertEquals(1, Suggestions.distance("ab", "ba"));
        assertEquals(1, Suggestions.distance("pas", "pass"));
        assertEquals(1, Suggestions.distance("shufle", "shuffle"));
        assertEquals(1, Suggestions.distance("shuffel", "shuffle"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(5, Suggestions.distance("", "title"));
        assertEquals(5, Suggestions.distance("title", ""));
        assertEquals(2, Suggestions.distance("abcd", "badc"), "two separate swaps");
        assertEquals(3, Suggestions.distance("ca", "abc"), "no letter is edited twice (optimal string alignment)");
    }

    @Test
    void suggestions() {
        assertEquals(Optional.of("title"), Suggestions.closest("titel", KEYS));
        assertEquals(Optional.of("title"), Suggestions.closest("Titel", KEYS));
        assertEquals(Optional.of("pass"), Suggestions.closest("pas", KEYS));
        assertEquals(Optional.of("shuffle"), Suggestions.closest("shuffel", KEYS));
        assertEquals(Optional.of("reveal"), Suggestions.closest("reveral", KEYS));
        assertEquals(Optional.of("description"), Suggestions.closest("descripiton", KEYS));
        assertEquals(Optional.empty(), Suggestions.closest("author", KEYS));
        assertEquals(Optional.empty(), Suggestions.closest("x", KEYS));
    }

    @Property(tries = 300)
    void aSwapOfAdjacentLettersIsOneEdit(@ForAll("words") String word, @ForAll("positions") int at) {
        int i = at % Math.max(1, word.length() - 1);
        if (word.length() < 2) {
            return;
        }
        String swapped = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        assertEquals(word.equals(swapped) ? 0 : 1, Suggestions.distance(word, swapped));
    }

    /** Between Levenshtein (a swap is two edits there) and half of it, symmetric, zero only for equal words. */
    @Property(tries = 500)
    void boundedByLevenshtein(@ForAll("words") String a, @ForAll("words") String b) {
        int distance = Suggestions.distance(a, b);
        int levenshtein = levenshtein(a, b);
        assertTrue(distance <= levenshtein && 2 * distance >= levenshtein, a + " " + b + ": " + distance);
        assertEquals(distance, Suggestions.distance(b, a));
        assertEquals(a.equals(b), distance == 0);
        assertTrue(distance >= Math.abs(a.length() - b.length()));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcde").ofMinLength(0).ofMaxLength(8);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 20);
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}
