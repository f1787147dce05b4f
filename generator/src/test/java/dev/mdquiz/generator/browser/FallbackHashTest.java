package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page's bundled SHA-256, used when {@code crypto.subtle} is missing (plain http:// on a LAN address), must
 * grade exactly like Web Crypto: on the seed-style bank, on a bank with non-ASCII text at a non-ASCII path (the
 * quiz id is part of the hashed text, so UTF-8 encoding must agree with Java's), and on banks whose id length puts
 * the hashed text at the SHA-256 padding boundaries (55/56 and 119/120 bytes) and at a full block (63/64 bytes).
 */
class FallbackHashTest {
    private static final String NO_WEB_CRYPTO =
            "Object.defineProperty(window.crypto, 'subtle', {value: undefined, configurable: true}); ";
    /**
     * The hashed text of a single-choice answer is salt (32 hex) | quiz id | "q1" | "choice" | option id (8 hex)
     * (see ResponsePlan.derivation and keys.js, derive): 52 bytes plus the quiz id.
     */
    private static final int FIXED_KEY_INPUT_BYTES = 52;
    /** Up to 55 bytes fit one block with padding, 56 to 119 need two, 120 and more three; 64 is a full block. */
    private static final int[] BOUNDARY_INPUT_BYTES = {55, 56, 63, 64, 119, 120};
    private static final String UNICODE_BANK = "cours-été/中文-测验-🎉.md";

    @TempDir
    static Path directory;
    static Site site;
    /** Bank path to its Markdown, in generation order. */
    static final Map<String, String> banks = new LinkedHashMap<>();
    static Browser browser;

    @BeforeAll
    static void generateAndStart() throws Exception {
        banks.put("seed-style.md", Site.resource(Site.SEED_STYLE));
        banks.put(UNICODE_BANK, Site.resource("browser/unicode.md"));
        for (int bytes : BOUNDARY_INPUT_BYTES) {
            // Two-byte é makes the id's byte length differ from its length in characters.
            int idBytes = bytes - FIXED_KEY_INPUT_BYTES;
            String id = "p/" + "é".repeat((idBytes - 2) / 2) + "x".repeat((idBytes - 2) % 2);
            assertEquals(idBytes, id.getBytes(StandardCharsets.UTF_8).length);
            banks.put(id + ".md", "**1.** Which letter comes first in the alphabet? (" + bytes + " bytes)\n\n"
                    + "- [x] A\n- [ ] B\n- [ ] C\n");
        }
        site = new Site(directory);
        banks.forEach(site::bank);
        site.generate();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    static Stream<String> banks() {
        return banks.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("banks")
    void fallbackGradesExactlyLikeWebCrypto(String bank) {
        String url = Site.fileUrl(site.page(bank));
        List<Set<Integer>> key = Site.answerKey(banks.get(bank));
        List<Integer> optionCounts = Site.optionCounts(banks.get(bank));

        browser.clearLogs();
        List<String> webCrypto = grade(url, key, optionCounts, false);
        Map<String, Object> added = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", NO_WEB_CRYPTO));
        List<String> fallback;
        try {
            fallback = grade(url, key, optionCounts, true);
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }

        List<String> expected = new ArrayList<>();
        for (int q = 1; q <= key.size(); q++) {
            expected.add("check q" + q + " right: correct");
        }
        double wrongScore = 0;
        for (int q = 1; q <= key.size(); q++) {
            double credit = Site.wrongAnswerCredit(key.get(q - 1), optionCounts.get(q - 1));
            expected.add("check q" + q + " wrong: " + (credit > 0 ? "partial" : "incorrect"));
            wrongScore += credit;
        }
        for (int q = 1; q <= key.size(); q++) {
            if (key.get(q - 1).size() > 1) {
                expected.add("check q" + q + " one right pick: partial");
            }
        }
        expected.add("submit right: " + key.size() + "/" + key.size());
        expected.add("submit wrong: " + BigDecimal.valueOf(wrongScore).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "/" + key.size());
        assertEquals(expected, webCrypto, "Web Crypto grades by the author's [x] marks");
        assertEquals(webCrypto, fallback, "the bundled SHA-256 agrees with Web Crypto");
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE), "console errors");
    }

    /** The hashed texts of the boundary banks really have the lengths this test is about. */
    @Test
    void boundaryBanksHitThePaddingBoundaries() {
        Set<Integer> lengths = new TreeSet<>();
        for (String bank : banks.keySet()) {
            if (!bank.startsWith("p/")) {
                continue;
            }
            browser.openQuiz(Site.fileUrl(site.page(bank)));
            WebElement question = browser.questions().get(0);
            String hashed = question.getDomAttribute("data-salt") + "|" + browser.quiz().getDomAttribute("data-quiz")
                    + "|" + question.getDomAttribute("data-question") + "|choice|"
                    + Browser.inputs(question).get(0).getDomAttribute("value");
            lengths.add(hashed.getBytes(StandardCharsets.UTF_8).length);
        }
        Set<Integer> expected = new TreeSet<>();
        for (int bytes : BOUNDARY_INPUT_BYTES) {
            expected.add(bytes);
        }
        assertEquals(expected, lengths);
    }

    @Test
    void nonAsciiBankKeepsItsTextAndId() {
        browser.openQuiz(Site.fileUrl(site.page(UNICODE_BANK)));
        assertEquals("cours-été/中文-测验-🎉", browser.quiz().getDomAttribute("data-quiz"));
        List<WebElement> questions = browser.questions();
        assertEquals(List.of("Lyon", "Paris (巴黎) 🇫🇷", "Marseille"), browser.optionTexts(questions.get(0)));
        assertEquals(List.of("🛸", "🚀", "👩‍🚀"), browser.optionTexts(questions.get(2)));
        assertTrue(questions.get(3).getText().contains("„ß“"), questions.get(3).getText());
    }

    /**
     * Grades every question of a fresh page with the right answer through its check button, then every question
     * with a wrong answer, then submits all right and all wrong answers; returns the verdicts in words.
     */
    private static List<String> grade(String url, List<Set<Integer>> key, List<Integer> optionCounts, boolean fallback) {
        List<String> verdicts = new ArrayList<>();
        browser.openQuiz(url);
        assertEquals(fallback, browser.script("return window.crypto.subtle === undefined"),
                fallback ? "Web Crypto is hidden from the page" : "the page has Web Crypto");
        List<WebElement> questions = browser.questions();
        assertEquals(key.size(), questions.size(), "questions in " + url);
        for (int q = 0; q < questions.size(); q++) {
            browser.choose(questions.get(q), key.get(q));
            verdicts.add("check q" + (q + 1) + " right: " + browser.check(questions.get(q)));
        }
        for (int q = 0; q < questions.size(); q++) {
            browser.choose(questions.get(q), Site.wrongAnswer(key.get(q), optionCounts.get(q))); // clears the verdict
            verdicts.add("check q" + (q + 1) + " wrong: " + browser.check(questions.get(q)));
        }
        for (int q = 0; q < questions.size(); q++) {
            if (key.get(q).size() > 1) { // one right pick of a multiple select: its pick key, partial credit
                browser.choose(questions.get(q), Set.of(key.get(q).iterator().next()));
                verdicts.add("check q" + (q + 1) + " one right pick: " + browser.check(questions.get(q)));
            }
        }
        for (boolean right : new boolean[] {true, false}) {
            browser.openQuiz(url);
            assertEquals(fallback, browser.script("return window.crypto.subtle === undefined"));
            questions = browser.questions();
            for (int q = 0; q < questions.size(); q++) {
                browser.choose(questions.get(q), right ? key.get(q) : Site.wrongAnswer(key.get(q), optionCounts.get(q)));
            }
            verdicts.add("submit " + (right ? "right" : "wrong") + ": " + browser.submitForScore());
        }
        return verdicts;
    }
}
