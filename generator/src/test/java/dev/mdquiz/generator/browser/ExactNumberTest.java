package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exact numbers are hashed as canonical decimals on both sides (no grid, no exponent in the page): every spelling
 * of the right number is right, however it is written, and nothing else is, beyond what a double can hold too.
 */
class ExactNumberTest {
    private static final String BANK = """
            **1.** A thousand: [[=1000]]

            **2.** Absolute zero in degrees Celsius: [[=-273.15]]

            **3.** One half: [[=0.5]]

            **4.** Nothing: [[=0]]

            **5.** Twenty digits: [[=12345678901234567890]]
            """;

    @TempDir
    static Path directory;
    static Site site;
    static Browser browser;

    @BeforeAll
    static void generateAndStart() throws Exception {
        site = new Site(directory).bank("numbers.md", BANK);
        site.generate(b -> b.keyIterations(1000));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @ParameterizedTest(name = "question {0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "1|1000|correct", "1|1e3|correct", "1|1000.00|correct", "1|0001000|correct", "1|+1E+3|correct",
            "1|999|incorrect", "1|1000.1|incorrect", "1|10e3|incorrect",
            "2|−273.15|correct", "2|-273.150|correct", "2|-2.7315e2|correct", "2|-273,15|correct",
            "2|-273.1|incorrect", "2|273.15|incorrect",
            "3|.5|correct", "3|0,5|correct", "3|5e-1|correct", "3|0.05|incorrect", "3|5|incorrect",
            "4|-0|correct", "4|0.000|correct", "4|0e5|correct", "4|0.0001|incorrect",
            "5|12345678901234567890|correct", "5|1.234567890123456789e19|correct",
            "5|12345678901234567891|incorrect", "5|12345678901234567000|incorrect",
            "1|a thousand|incorrect", "1|1.2.3|incorrect", "1|.|incorrect"})
    void everySpellingOfTheRightNumberAndNothingElse(int question, String typed, String verdict) {
        browser.openQuiz(Site.fileUrl(site.page("numbers.md")));
        WebElement target = browser.questions().get(question - 1);
        Answers.fill(target, typed);
        assertEquals(verdict, browser.check(target));
    }
}
