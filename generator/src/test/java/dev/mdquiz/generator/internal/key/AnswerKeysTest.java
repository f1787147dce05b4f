package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.parse.BankParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key stage on its own: key counts, padding, stretching, secrets, the cache. */
class AnswerKeysTest {
    static final String EVERY_TYPE = """
            **1.** Pick the even number.

            - [ ] 3
            - [x] 4

            **2.** Pick every prime.

            - [x] 2
            - [x] 3
            - [ ] 4
            - [x] 5

            **3.** [[Oslo]] is the capital of [[Norway|Kingdom of Norway|Noreg|Norge|Norwegen]].

            **4.** What is 7 × 6? [[=42]] And pi? [[=3.14±0.005]] And a range? [[=10..109]]

            **5.** Order these.

            1. one
            2. two
            3. three

            **6.** Match them.

            - Gold -> Au
            - Iron -> Fe
            """;

    @TempDir
    Path cache;

    static Quiz quiz(String markdown) {
        Report report = new Report("bank.md");
        Quiz quiz = new BankParser().parse(new SourceFile("bank", "bank.md", markdown), report);
        assertEquals(List.of(), report.diagnostics());
        return quiz;
    }

    static List<QuestionKey> keys(String markdown, KeyOptions options) throws Exception {
        return new AnswerKeys(options).keysFor(quiz(markdown));
    }

    @Test
    void choiceHasOneWholeKeyAndAMultipleSelectAPickKeyPerRightOption() throws Exception {
        List<QuestionKey> keys = keys(EVERY_TYPE, new KeyOptions("", 0, 0, null));
        assertEquals(1, keys.get(0).keys().size());
        assertEquals(1 + 3, keys.get(1).keys().size(), "three correct options: the whole choice and three picks");
        assertEquals(1, keys.get(4).keys().size(), "ordering: the whole order");
        assertEquals(2, keys.get(5).keys().size(), "matching: one per pair");
        for (QuestionKey key : keys) {
            key.keys().forEach(entry -> assertTrue(entry.matches("[0-9a-f]{32}"), entry));
        }
    }

    @Test
    void blankKeysArePaddedToAPowerOfTwoOfAtLeastFour() throws Exception {
        List<QuestionKey> keys = keys(EVERY_TYPE, new KeyOptions("", 0, 0, null));
        assertEquals(4 + 8, keys.get(2).keys().size(), "1 variant pads to 4, 5 variants to 8");
        // 42: one point, padded to 4; pi: 11 points, to 16; 10..109: 100 points, to 128
        assertEquals(4 + 16 + 128, keys.get(3).keys().size());
        assertEquals(4, KeyEntries.paddedCount(1));
        assertEquals(4, KeyEntries.paddedCount(4));
        assertEquals(8, KeyEntries.paddedCount(5));
        assertEquals(128, KeyEntries.paddedCount(101));
    }

    @Test
    void onlyOpenAnswersAreStretchedByDefault() throws Exception {
        List<QuestionKey> keys = keys(EVERY_TYPE, new KeyOptions("", 1000, 0, null));
        assertEquals(List.of(0, 0, 1000, 1000, 0, 0), keys.stream().map(QuestionKey::iterations).toList());
        List<QuestionKey> plain = keys(EVERY_TYPE, new KeyOptions("", 1, 1, null));
        assertEquals(List.of(0, 0, 0, 0, 0, 0), plain.stream().map(QuestionKey::iterations).toList(),
                "one iteration means plain SHA-256");
    }

    @Test
    void lockedBlanksCarryAWrapBesideEachKey() throws Exception {
        String locked = "---\nreveal: on-correct\n---\n" + EVERY_TYPE.replace("[[Oslo]] is the capital of [[Norway|Kingdom of Norway|Noreg|Norge|Norwegen]].",
                "[[Oslo]] is the capital of [[Norway]].\n\nA fjord country.");
        List<QuestionKey> keys = keys(locked, new KeyOptions("", 0, 0, null));
        assertTrue(keys.get(2).lock().isPresent(), "the question with an explanation is locked");
        keys.get(2).keys().forEach(entry -> assertTrue(entry.matches("[0-9a-f]{64}"), entry));
        assertFalse(keys.get(0).lock().isPresent(), "nothing to lock without explanation or feedback");
        keys.get(0).keys().forEach(entry -> assertTrue(entry.matches("[0-9a-f]{32}"), entry));
    }

    @Test
    void aSecretChangesEverySaltIdKeyAndDecoy() throws Exception {
        List<QuestionKey> plain = keys(EVERY_TYPE, new KeyOptions("", 1000, 0, null));
        List<QuestionKey> secret = keys(EVERY_TYPE, new KeyOptions("s3cret", 1000, 0, null));
        List<QuestionKey> again = keys(EVERY_TYPE, new KeyOptions("s3cret", 1000, 0, null));
        assertEquals(secret, again, "reproducible");
        Set<String> plainValues = values(plain);
        for (String value : values(secret)) {
            assertFalse(plainValues.contains(value), value + " is the same with and without a secret");
        }
    }

    private static Set<String> values(List<QuestionKey> keys) {
        Set<String> values = new HashSet<>();
        for (QuestionKey key : keys) {
            values.add(key.salt());
            values.addAll(key.keys());
            values.addAll(key.ids());
            values.addAll(key.rightIds());
        }
        return values;
    }

    @Test
    void stretchedKeysComeFromTheCacheOnceDerived() throws Exception {
        KeyOptions options = new KeyOptions("", 1000, 0, BuildCache.open(cache));
        List<QuestionKey> first = keys(EVERY_TYPE, options);
        Path file = cacheFile();
        List<String> lines = Files.readAllLines(file);
        // the 1 + 5 variants of question 3, then 42, 2 buckets of ten points for pi and 10 for 10..109
        assertEquals(1 + 6 + 1 + 2 + 10, lines.size(), "a header and one line per stretched derivation");
        assertEquals(first, keys(EVERY_TYPE, options), "the cache gives what derivation gives");

        // a doctored entry shows through: the derivation is not run again
        Map<String, String> doctored = new TreeMap<>(options.cache().derivedKeys("bank"));
        doctored.replaceAll((derivation, material) -> "0".repeat(64));
        options.cache().storeDerivedKeys("bank", doctored);
        lines = Files.readAllLines(file);
        assertNotEquals(first, keys(EVERY_TYPE, options));
        assertEquals(lines, Files.readAllLines(file), "an unchanged cache is not rewritten");
    }

    @Test
    void theCacheKeepsOnlyWhatTheLastBuildUsed() throws Exception {
        KeyOptions options = new KeyOptions("", 1000, 0, BuildCache.open(cache));
        keys(EVERY_TYPE, options);
        keys(EVERY_TYPE.replace("[[=42]]", "[[=43]]"), options);
        assertEquals(1 + 6 + 1 + 2 + 10, Files.readAllLines(cacheFile()).size(), "the key of 42 is gone");
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        KeyOptions options = new KeyOptions("", 1000, 0, BuildCache.open(cache));
        List<QuestionKey> first = keys(EVERY_TYPE, options);
        Files.writeString(cacheFile(), "mdquiz stretched keys v1\nnot hex at all\n" + "ab".repeat(40));
        assertEquals(first, keys(EVERY_TYPE, options));
    }

    private Path cacheFile() throws Exception {
        try (Stream<Path> files = Files.list(cache.resolve("keys"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), "one cache file per quiz: " + all);
            return all.get(0);
        }
    }

    @Test
    void gridBucketsRoundDownLikeMathFloor() {
        assertEquals("~0", ResponsePart.Accepted.onGrid(BigInteger.ZERO).value());
        assertEquals("~1", ResponsePart.Accepted.onGrid(BigInteger.valueOf(19)).value());
        assertEquals("~-1", ResponsePart.Accepted.onGrid(BigInteger.valueOf(-3)).value());
        assertEquals("~-1", ResponsePart.Accepted.onGrid(BigInteger.valueOf(-10)).value());
        assertEquals("~-2", ResponsePart.Accepted.onGrid(BigInteger.valueOf(-11)).value());
        assertEquals("-11", ResponsePart.Accepted.onGrid(BigInteger.valueOf(-11)).gridPoint());
    }

    /** RFC 7914, section 11, and the well-known PBKDF2-HMAC-SHA-256 vectors of "password" and "salt". */
    @Test
    void stretchingIsPbkdf2HmacSha256() {
        assertEquals(Sha256.hex("password"), Sha256.HEX.formatHex(new Derivation("salt", "password", 1).compute(KeyFunction.STANDARD)),
                "one iteration means plain SHA-256");
        assertEquals("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43",
                Sha256.HEX.formatHex(new Derivation("salt", "password", 2).compute(KeyFunction.STANDARD)));
        assertEquals("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
                Sha256.HEX.formatHex(new Derivation("salt", "password", 4096).compute(KeyFunction.STANDARD)));
    }
}
