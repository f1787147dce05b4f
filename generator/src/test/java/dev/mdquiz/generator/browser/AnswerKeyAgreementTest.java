package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.GeneratorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The page derives exactly the keys the generator wrote, for every question type, with plain SHA-256 keys, with
 * stretched keys (PBKDF2) on every type, and with the default stretching, through Web Crypto and through the
 * bundled fallbacks the page uses where crypto.subtle is missing. Right answers must grade correct and wrong
 * ones incorrect or partial: a single disagreement between the two sides turns a right answer wrong.
 */
class AnswerKeyAgreementTest {
    private static final String BANK = """
            **1.** Pick the even number.

            - [ ] 3
            - [x] 4

            **2.** Pick every prime.

            - [x] 2
            - [x] 3
            - [ ] 4
            - [x] 5

            **3.** [[Oslo]] is the capital of [[Norway|Kingdom of Norway]].

            **4.** 7 × 6 = [[=42]], pi = [[=3.14±0.005]], and a number from −2.5 to −1.5: [[=-2.5..-1.5]]

            **5.** Put the planets in order, closest to the Sun first.

            1. Mercury
            2. Venus
            3. Earth
            4. Mars

            **6.** Match each country to its capital.

            - Japan -> Tokyo
            - Kenya -> Nairobi
            - Peru -> Lima

            **7.** The ﬁrst word of the French menu: [[Café]]

            **8.** Complete the loop, and say what it prints.

            ```python blanks
            for i in range([[=3]]):
                [[print]](i * i)
            ```

            ```text blanks
            [[
            0
              1
            Café 4
            ]]
            ```

            **9.** Order and indent the lines.
            <!-- quiz: indent -->

            ```python order
            if x < 0:
                x = -x
            print(x)
            ```
            """;
    private static final List<String> RIGHT = List.of("correct", "correct", "correct", "correct", "correct", "correct",
            "correct", "correct", "correct");
    /** Question 2 picks two of its three primes: partial credit from its pick keys. */
    private static final List<String> WRONG = List.of("incorrect", "partial", "partial", "partial", "incorrect",
            "incorrect", "incorrect", "partial", "incorrect");
    private static final Map<String, UnaryOperator<GeneratorConfig.Builder>> SETTINGS = Map.of(
            "plain", b -> b.keyIterations(0).choiceKeyIterations(0),
            "stretched", b -> b.keyIterations(3000).choiceKeyIterations(2000),
            "default", b -> b);

    @TempDir
    static Path directory;
    static Browser browser;
    static final Map<String, Site> sites = new java.util.HashMap<>();

    @BeforeAll
    static void generateAndStart() throws Exception {
        for (Map.Entry<String, UnaryOperator<GeneratorConfig.Builder>> setting : SETTINGS.entrySet()) {
            Site site = new Site(directory.resolve(setting.getKey())).bank("keys.md", BANK);
            site.generate(setting.getValue());
            sites.put(setting.getKey(), site);
        }
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @ParameterizedTest(name = "{0} keys, fallback {1}")
    // the default count through the fallback would only repeat "stretched, true", 20 times slower
    @CsvSource({"plain, false", "plain, true", "stretched, false", "stretched, true", "default, false"})
    void pageAndGeneratorAgree(String setting, boolean fallback) {
        String url = Site.fileUrl(sites.get(setting).page("keys.md"));
        List<String> right = fallback ? browser.withoutWebCrypto(() -> grade(url, true, true)) : grade(url, true, false);
        List<String> wrong = fallback ? browser.withoutWebCrypto(() -> grade(url, false, true)) : grade(url, false, false);
        assertEquals(RIGHT, right, "right answers");
        assertEquals(WRONG, wrong, "wrong and partly right answers");
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE), "console errors");
    }

    private static List<String> grade(String url, boolean right, boolean fallback) {
        browser.openQuiz(url);
        assertEquals(fallback, browser.script("return window.crypto.subtle === undefined"), "Web Crypto hidden");
        List<WebElement> q = browser.questions();
        browser.choose(q.get(0), right ? Set.of(1) : Set.of(0));
        browser.choose(q.get(1), right ? Set.of(0, 1, 3) : Set.of(0, 1));
        // normal form: case, inner spaces, NFKC (the ligature ﬁ, a combining accent)
        Answers.fill(q.get(2), right ? "oslo" : "Oslo", right ? "  KINGDOM of   norway " : "Sweden");
        Answers.fill(q.get(3), right ? "42.0" : "42", right ? "3,1449" : "3.146", right ? "−1.55" : "-1.4");
        Answers.order(browser, q.get(4), right ? List.of("Mercury", "Venus", "Earth", "Mars")
                : List.of("Mars", "Earth", "Venus", "Mercury"));
        Answers.match(q.get(5), right ? Map.of("Japan", "Tokyo", "Kenya", "Nairobi", "Peru", "Lima")
                : Map.of("Japan", "Lima", "Kenya", "Tokyo", "Peru", "Nairobi"));
        Answers.fill(q.get(6), right ? "CAFE\u0301" : "cafe");
        // output: trailing spaces and blank lines do not count, leading spaces and case do; NFC on both sides
        Answers.fill(q.get(7), "3", right ? "print" : "Print", right ? "0 \n  1\nCafe\u0301 4\n\n" : "0\n1\ncafé 4");
        Answers.order(browser, q.get(8), List.of("if x < 0:", "x = -x", "print(x)"));
        Answers.indent(browser, q.get(8), right ? Map.of("x = -x", 1) : Map.of());
        List<String> verdicts = new ArrayList<>();
        for (WebElement question : q) {
            verdicts.add(browser.check(question));
        }
        return verdicts;
    }
}
