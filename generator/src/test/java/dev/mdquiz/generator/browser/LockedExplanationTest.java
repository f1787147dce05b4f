package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reveal: on-correct}: explanations and option feedback are in the page only encrypted, and open only for a
 * correct response; wrong and partly right responses leave them locked. {@code reveal: false} shows them after any
 * check, without the correct answer.
 */
class LockedExplanationTest {
    private static final String LOCKED = """
            ---
            reveal: on-correct
            ---

            **1.** Pick the even number.

            - [ ] 3
              > Three leaves a remainder.
            - [x] 4
              > Four splits in two.

            Even numbers are divisible by two.

            **2.** [[Oslo]] is the capital of [[Norway|Kingdom of Norway]].

            Oslo has been the capital since 1814.

            **3.** Give pi to two decimal places: [[=3.14±0.005]]

            The ratio of a circle's circumference to its diameter.

            **4.** Match each metal to its symbol.

            - Gold -> Au
            - Iron -> Fe

            Au comes from the Latin aurum.

            **5.** Order the numbers, smallest first.

            1. one
            2. two
            3. three

            Counting, really.

            **6.** A question with nothing to hide.

            - [x] yes
            - [ ] no

            **7.** Pick the primes.

            - [x] 2
            - [x] 3
            - [ ] 4

            Two and three have no divisors but one and themselves.
            """;
    private static final String UNLOCKED = """
            ---
            reveal: false
            ---

            **1.** Pick the even number.

            - [ ] 3
            - [x] 4

            Even numbers are divisible by two.
            """;

    @TempDir
    static Path directory;
    static Site site;
    static Browser browser;

    @BeforeAll
    static void generateAndStart() throws Exception {
        site = new Site(directory).bank("locked.md", LOCKED).bank("unlocked.md", UNLOCKED);
        site.generate(settings -> settings.keyIterations(2000));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @Test
    void thePageHoldsNoExplanationOrFeedbackInPlainText() throws Exception {
        String html = Files.readString(site.page("locked.md"));
        for (String hidden : List.of("divisible by two", "remainder", "splits in two", "since 1814", "circumference",
                "aurum", "Counting", "no divisors")) {
            assertFalse(html.contains(hidden), hidden);
        }
        List<WebElement> q = open();
        for (int i = 0; i < 5; i++) {
            assertNotNull(q.get(i).getDomAttribute("data-lock"), "question " + (i + 1) + " is locked");
        }
        assertNull(q.get(5).getDomAttribute("data-lock"), "nothing to lock");
        assertNotNull(q.get(6).getDomAttribute("data-lock"), "question 7 is locked");
    }

    @Test
    void partialCreditForAMultipleSelectLeavesItLocked() {
        List<WebElement> q = open();
        browser.choose(q.get(6), Set.of(0));
        assertEquals("partial", browser.check(q.get(6)));
        settle();
        assertTrue(q.get(6).findElements(By.cssSelector(".explanation")).isEmpty(), "one of two primes opens nothing");
        assertNull(q.get(6).getDomAttribute("data-unlocked"));
        browser.choose(q.get(6), Set.of(0, 1));
        assertEquals("correct", browser.check(q.get(6)));
        assertEquals("Two and three have no divisors but one and themselves.", explanation(q.get(6)));
    }

    @Test
    void wrongAndPartlyRightResponsesLeaveItLocked() {
        List<WebElement> q = open();
        browser.choose(q.get(0), Set.of(0));
        Answers.fill(q.get(1), "Oslo", "Sweden");
        Answers.fill(q.get(2), "3.2");
        Answers.match(q.get(3), Map.of("Gold", "Au", "Iron", "Au"));
        Answers.order(browser, q.get(4), List.of("three", "two", "one"));
        List<String> verdicts = q.subList(0, 5).stream().map(browser::check).toList();
        assertEquals(List.of("incorrect", "partial", "incorrect", "partial", "incorrect"), verdicts);
        settle();
        for (WebElement question : q.subList(0, 5)) {
            assertTrue(question.findElements(By.cssSelector(".explanation, .option-feedback")).isEmpty(),
                    "still locked: " + question.getDomAttribute("data-question"));
            assertNull(question.getDomAttribute("data-unlocked"));
        }
        assertTrue(q.get(0).findElements(By.cssSelector(".reveal")).isEmpty(),
                "no correct answer shown either: without reveal: answer the page has no place for one");
    }

    @Test
    void aRightResponseOpensExplanationAndFeedback() {
        List<WebElement> q = open();
        answerRight(q);
        assertEquals("Even numbers are divisible by two.", explanation(q.get(0)));
        assertEquals(List.of("", "Four splits in two."), feedbackTexts(q.get(0)), "feedback of the chosen option");
        assertEquals("Oslo has been the capital since 1814.", explanation(q.get(1)));
        assertEquals("The ratio of a circle's circumference to its diameter.", explanation(q.get(2)));
        assertEquals("Au comes from the Latin aurum.", explanation(q.get(3)));
        assertEquals("Counting, really.", explanation(q.get(4)));
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    @Test
    void aChangedAnswerHidesItAndOnlyARightOneShowsItAgain() {
        List<WebElement> q = open();
        answerRight(q);
        Answers.fill(q.get(1), "Oslo", "Denmark");
        WebElement shown = q.get(1).findElement(By.cssSelector(".explanation"));
        assertFalse(shown.isDisplayed(), "hidden as soon as the answer changes");
        assertEquals("partial", browser.check(q.get(1)));
        settle();
        assertFalse(shown.isDisplayed(), "a wrong answer after a right one does not show it");
        Answers.fill(q.get(1), "Oslo", "Norway");
        assertEquals("correct", browser.check(q.get(1)));
        browser.await().until(d -> shown.isDisplayed());
        assertEquals(1, q.get(1).findElements(By.cssSelector(".explanation")).size(), "opened once, not twice");
    }

    @Test
    void theBundledAesOpensItWithoutWebCrypto() {
        browser.withoutWebCrypto(() -> {
            List<WebElement> q = open();
            assertEquals(true, browser.script("return window.crypto.subtle === undefined"));
            answerRight(q);
            assertEquals("Oslo has been the capital since 1814.", explanation(q.get(1)));
            return null;
        });
    }

    @Test
    void revealFalseExplainsAfterAnyCheckWithoutTheAnswer() {
        browser.openQuiz(Site.fileUrl(site.page("unlocked.md")));
        WebElement question = browser.questions().get(0);
        browser.choose(question, Set.of(0));
        assertEquals("incorrect", browser.check(question));
        assertEquals("Even numbers are divisible by two.", explanation(question));
        settle();
        assertTrue(question.findElements(By.cssSelector(".reveal")).isEmpty(), "no place for the correct answer");
    }

    private static List<WebElement> open() {
        browser.openQuiz(Site.fileUrl(site.page("locked.md")));
        return browser.questions();
    }

    private static void answerRight(List<WebElement> q) {
        browser.choose(q.get(0), Set.of(1));
        Answers.fill(q.get(1), "oslo", "kingdom of norway");
        Answers.fill(q.get(2), "3.14");
        Answers.match(q.get(3), Map.of("Gold", "Au", "Iron", "Fe"));
        Answers.order(browser, q.get(4), List.of("one", "two", "three"));
        for (WebElement question : q.subList(0, 5)) {
            assertEquals("correct", browser.check(question), question.getDomAttribute("data-question"));
        }
    }

    /** The explanation's text once it is shown; waits for the asynchronous decryption. */
    private static String explanation(WebElement question) {
        return browser.await().until(d -> {
            List<WebElement> found = question.findElements(By.cssSelector(".explanation"));
            return found.size() == 1 && found.get(0).isDisplayed() ? found.get(0).getText() : null;
        });
    }

    private static List<String> feedbackTexts(WebElement question) {
        return question.findElements(By.cssSelector(".option")).stream().map(option -> {
            List<WebElement> feedback = option.findElements(By.cssSelector(".option-feedback"));
            return feedback.isEmpty() || !feedback.get(0).isDisplayed() ? "" : feedback.get(0).getText();
        }).toList();
    }

    /** Lets any decryption still in flight finish, so that "still locked" is not checked too early. */
    private static void settle() {
        browser.script("return new Promise(function (done) { setTimeout(done, 300); });");
    }
}
