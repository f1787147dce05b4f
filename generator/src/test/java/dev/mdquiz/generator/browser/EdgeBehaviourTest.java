package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the page does with no answer, with a changed answer and with unanswered questions on submit. */
class EdgeBehaviourTest {
    private static final String BANK = "seed-style.md";
    private static final String MARKDOWN = Site.resource(Site.SEED_STYLE);
    private static final List<Set<Integer>> KEY = Site.answerKey(MARKDOWN);
    /** Question 2 is single choice (radio buttons), question 3 multiple choice (checkboxes). */
    private static final int SINGLE = 1;
    private static final int MULTIPLE = 2;

    @TempDir
    static Path directory;
    static Browser browser;
    static String pageUrl;

    @BeforeAll
    static void generateAndStart() throws Exception {
        Site site = new Site(directory).bank(BANK, MARKDOWN);
        site.generate();
        pageUrl = Site.fileUrl(site.page(BANK));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @BeforeEach
    void openFreshPage() {
        browser.openQuiz(pageUrl);
        assertEquals(Set.of(1), KEY.get(SINGLE));
        assertEquals(Set.of(0, 2), KEY.get(MULTIPLE));
    }

    @Test
    void checkingWithNothingChosenAsksForAnAnswerAndGivesNoVerdict() {
        List<WebElement> questions = browser.questions();
        for (int q : new int[] {SINGLE, MULTIPLE}) {
            WebElement question = questions.get(q);
            question.findElement(By.cssSelector("[data-action=check]")).click();
            String message = browser.await().until(d -> {
                String text = Browser.resultText(question);
                return text.isBlank() ? null : text;
            });
            assertFalse(message.isBlank(), "a message asks for an answer");
            assertNotAVerdict(message);
        }
        // Grading is asynchronous: let a real check of another question finish, then look again.
        browser.choose(questions.get(0), KEY.get(0));
        assertEquals("correct", browser.check(questions.get(0)));
        assertNull(Browser.result(questions.get(SINGLE)), "no data-result without an answer");
        assertNull(Browser.result(questions.get(MULTIPLE)), "no data-result without an answer");
        assertNull(browser.quiz().getDomAttribute("data-score"), "checking one question does not score the quiz");
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    @Test
    void changingAnAnswerAfterACheckClearsTheVerdict() {
        WebElement single = browser.questions().get(SINGLE);
        browser.choose(single, Set.of(1));
        assertEquals("correct", browser.check(single));
        browser.choose(single, Set.of(0));
        browser.await().until(d -> Browser.result(single) == null);
        assertFalse(Browser.resultText(single).contains("Correct"), "the stale verdict is not shown");
        assertEquals("incorrect", browser.check(single), "the new answer is graded");

        WebElement multiple = browser.questions().get(MULTIPLE);
        browser.choose(multiple, Set.of(0, 2));
        assertEquals("correct", browser.check(multiple));
        browser.choose(multiple, Set.of(0, 1, 2)); // adding an option is a change too
        browser.await().until(d -> Browser.result(multiple) == null);
        assertEquals("partial", browser.check(multiple), "two right picks less one wrong, of two");
        browser.choose(multiple, Set.of(0, 2)); // and so is removing one
        browser.await().until(d -> Browser.result(multiple) == null);
        assertEquals("correct", browser.check(multiple));

        // Unchoosing everything leaves an unanswered question: checking it again gives no verdict.
        browser.choose(multiple, Set.of());
        browser.await().until(d -> Browser.result(multiple) == null);
        multiple.findElement(By.cssSelector("[data-action=check]")).click();
        browser.await().until(d -> !Browser.resultText(multiple).isBlank());
        assertNotAVerdict(Browser.resultText(multiple));
        WebElement first = browser.questions().get(0);
        browser.choose(first, KEY.get(0));
        assertEquals("correct", browser.check(first)); // lets any pending grading finish
        assertNull(Browser.result(multiple));
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    @Test
    void unansweredQuestionsCountAsIncorrectOnSubmit() {
        Set<Integer> unanswered = Set.of(SINGLE, 3);
        List<WebElement> questions = browser.questions();
        for (int q = 0; q < questions.size(); q++) {
            if (!unanswered.contains(q)) {
                browser.choose(questions.get(q), KEY.get(q));
            }
        }
        int[] score = browser.submit();
        assertEquals(questions.size() - unanswered.size(), score[0]);
        assertEquals(questions.size(), score[1]);
        for (int q = 0; q < questions.size(); q++) {
            WebElement question = questions.get(q);
            assertEquals(unanswered.contains(q) ? "incorrect" : "correct", Browser.result(question),
                    "question " + (q + 1));
            assertFalse(Browser.resultText(question).isBlank(), "question " + (q + 1) + " says its verdict");
        }
        String scoreText = browser.driver().findElement(By.cssSelector(".score")).getText();
        assertTrue(scoreText.contains("4") && scoreText.contains("6"), scoreText);
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    @Test
    void submittingAnEmptyQuizScoresZero() {
        int[] score = browser.submit();
        assertEquals(0, score[0]);
        assertEquals(6, score[1]);
        for (WebElement question : browser.questions()) {
            assertEquals("incorrect", Browser.result(question));
        }
    }

    private static void assertNotAVerdict(String message) {
        assertFalse(message.equalsIgnoreCase("correct") || message.equalsIgnoreCase("incorrect"),
                "asks for an answer rather than giving a verdict: " + message);
    }
}
