package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated HTML must not give the answers away to someone reading the page source. Which options are
 * correct is known here only from the bank's {@code [x]} marks.
 */
class SourceLeakTest {
    private static final String SEED_BANK = "seed-style.md";
    private static final String UNICODE_BANK = "cours-été/中文-测验-🎉.md";
    private static final Pattern QUESTION = Pattern.compile("<[^>]*\\bdata-question=\"([^\"]*)\"[^>]*>");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    @TempDir
    static Path directory;
    static Site site;

    @BeforeAll
    static void generate() throws Exception {
        site = new Site(directory)
                .bank(SEED_BANK, Site.resource(Site.SEED_STYLE))
                .bank(UNICODE_BANK, Site.resource("browser/unicode.md"));
        site.generate();
    }

    private static String markdown(String bank) {
        return Site.resource(bank.equals(SEED_BANK) ? Site.SEED_STYLE : "browser/unicode.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {SEED_BANK, UNICODE_BANK})
    void pageSourceHasNoCorrectnessFlagsOrMarkers(String bank) throws Exception {
        String html = Files.readString(site.page(bank));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("data-correct"), "no data-correct attribute");
        // A "correct" key is fine as UI text ("correct": "Correct"), not with a flag, list or object as its value;
        // the script's own 'correct' : 'incorrect' verdict strings are fine too.
        assertFalse(Pattern.compile("[\"']correct[\"']\\s*:\\s*(true|false|[0-9\\[{])").matcher(lower).find(),
                "no \"correct\": flag or answer list");
        assertFalse(Pattern.compile("\\bcorrect[\"']?\\s*[:=]\\s*[\"']?(true|false|1|0)\\b").matcher(lower).find(),
                "no correct: true/false flag");
        assertFalse(Pattern.compile("\\[[ xX]]").matcher(html).find(), "no task-list marker [x] / [ ] from the bank");
        for (String input : matches(INPUT, html)) {
            assertFalse(input.matches("(?is).*\\s(checked|data-[a-z-]*(correct|answer|right)[a-z-]*)\\b.*"),
                    "an option input gives nothing away: " + input);
        }
        for (List<String> ids : optionIds(html)) {
            for (String id : ids) {
                Pattern adjacent = Pattern.compile("\\b(true|false)\\b[^<>\\n]{0,24}" + id + "|" + id
                        + "[^<>\\n]{0,24}\\b(true|false)\\b", Pattern.CASE_INSENSITIVE);
                assertFalse(adjacent.matcher(html).find(), "no true/false next to option id " + id);
            }
        }
    }

    /**
     * Correct and wrong options look alike: every option id occurs equally often in the page, and the correct
     * response (the correct ids, sorted and joined, as the page hashes it) never appears in plain text.
     */
    @ParameterizedTest
    @ValueSource(strings = {SEED_BANK, UNICODE_BANK})
    void correctOptionsAreIndistinguishableFromWrongOnes(String bank) throws Exception {
        String html = Files.readString(site.page(bank));
        List<Set<Integer>> key = Site.answerKey(markdown(bank));
        List<List<String>> ids = optionIds(html);
        assertEquals(key.size(), ids.size(), "questions");
        assertEquals(Site.optionCounts(markdown(bank)), ids.stream().map(List::size).toList(), "options per question");

        int expected = -1;
        for (int q = 0; q < ids.size(); q++) {
            List<String> correct = new ArrayList<>();
            for (int i = 0; i < ids.get(q).size(); i++) {
                String id = ids.get(q).get(i);
                int occurrences = html.split(Pattern.quote(id), -1).length - 1;
                if (expected < 0) {
                    expected = occurrences;
                }
                assertEquals(expected, occurrences, "occurrences of option " + (i + 1) + " of question " + (q + 1)
                        + (key.get(q).contains(i) ? " (correct)" : " (wrong)"));
                if (key.get(q).contains(i)) {
                    correct.add(id);
                }
            }
            String canonical = String.join(",", correct.stream().sorted().toList());
            if (correct.size() > 1) {
                assertFalse(html.contains(canonical), "the correct response of question " + (q + 1) + " in plain text");
            }
            assertTrue(Pattern.compile("data-keys?=\"[0-9a-f]{32}\"").matcher(html).find(),
                    "a choice question has one key, half a SHA-256 in hex");
        }
    }

    /** Per question, in page order, the values of its option inputs. */
    private static List<List<String>> optionIds(String html) {
        List<List<String>> ids = new ArrayList<>();
        Matcher question = QUESTION.matcher(html);
        List<Integer> starts = new ArrayList<>();
        while (question.find()) {
            starts.add(question.start());
        }
        starts.add(html.length());
        for (int q = 0; q + 1 < starts.size(); q++) {
            List<String> values = new ArrayList<>();
            for (String input : matches(INPUT, html.substring(starts.get(q), starts.get(q + 1)))) {
                Matcher value = VALUE.matcher(input);
                assertTrue(value.find(), "option input has a value: " + input);
                assertTrue(value.group(1).matches("[0-9a-zA-Z_-]{4,}"), "option id is an opaque token: " + input);
                values.add(value.group(1));
            }
            ids.add(values);
        }
        return ids;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
