package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.BuildResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed-style bank as a page opened from disk through file://: grading, scoring, no errors, no requests. */
class FileUrlQuizTest {
    private static final String BANK = "seed-style.md";
    private static final String MARKDOWN = Site.resource(Site.SEED_STYLE);
    private static final List<Set<Integer>> KEY = Site.answerKey(MARKDOWN);
    private static final List<Integer> OPTION_COUNTS = Site.optionCounts(MARKDOWN);

    @TempDir
    static Path directory;
    static Browser browser;
    static String pageUrl;

    @BeforeAll
    static void generateAndStart() throws Exception {
        Site site = new Site(directory).bank(BANK, MARKDOWN);
        BuildResult result = site.generate();
        assertEquals(6, result.questions());
        pageUrl = Site.fileUrl(site.page(BANK));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @BeforeEach
    void forgetEarlierLogs() {
        browser.clearLogs();
    }

    @Test
    void answerKeyReadFromTheMarkdownIsTheDocumentedOne() {
        // Q1 multiple 1,3,4; Q2 single 2; Q3 multiple 1,3; Q4 multiple all three; Q5 single 1; Q6 multiple 1,2,3
        assertEquals(List.of(Set.of(0, 2, 3), Set.of(1), Set.of(0, 2), Set.of(0, 1, 2), Set.of(0), Set.of(0, 1, 2)), KEY);
        assertEquals(List.of(4, 3, 4, 3, 3, 4), OPTION_COUNTS);
    }

    @Test
    void pageMatchesTheBank() {
        browser.openQuiz(pageUrl);
        List<WebElement> questions = browser.questions();
        assertEquals(KEY.size(), questions.size(), "one [data-question] per bank question");
        for (int q = 0; q < questions.size(); q++) {
            WebElement question = questions.get(q);
            String type = KEY.get(q).size() > 1 ? "multiple" : "single";
            assertEquals(type, question.getDomAttribute("data-type"), "type of question " + (q + 1));
            String inputType = type.equals("multiple") ? "checkbox" : "radio";
            List<WebElement> inputs = Browser.inputs(question);
            assertEquals(OPTION_COUNTS.get(q), inputs.size(), "options of question " + (q + 1));
            inputs.forEach(input -> assertEquals(inputType, input.getDomAttribute("type")));
        }
        assertEquals(List.of("Users may be logged out unexpectedly.", "Nothing, since sessions are never stored.",
                "The page colours change."), browser.optionTexts(questions.get(4)), "labels in source order");
        assertNoConsoleErrorsAndNoRequests();
    }

    @Test
    void allCorrectAnswersAreCheckedCorrectAndScoreFull() {
        browser.openQuiz(pageUrl);
        List<WebElement> questions = browser.questions();
        for (int q = 0; q < questions.size(); q++) {
            browser.choose(questions.get(q), KEY.get(q));
            assertEquals("correct", browser.check(questions.get(q)), "question " + (q + 1));
            assertEquals("Correct", Browser.resultText(questions.get(q)));
        }
        assertEquals(6, browser.submit()[0]);
        assertEquals("6", browser.quiz().getDomAttribute("data-max-score"));
        for (WebElement question : questions) {
            assertEquals("correct", Browser.result(question));
        }
        assertTrue(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".score")).getText().contains("6"),
                "score text shows the score");
        assertNoConsoleErrorsAndNoRequests();
    }

    @Test
    void wrongAnswersAreCheckedIncorrectAndLowerTheScore() {
        Set<Integer> wrongQuestions = Set.of(0, 1, 2, 5); // multiple, single, multiple, multiple
        browser.openQuiz(pageUrl);
        List<WebElement> questions = browser.questions();
        for (int q = 0; q < questions.size(); q++) {
            Set<Integer> answer = wrongQuestions.contains(q)
                    ? Site.wrongAnswer(KEY.get(q), OPTION_COUNTS.get(q))
                    : KEY.get(q);
            browser.choose(questions.get(q), answer);
            assertEquals(wrongQuestions.contains(q) ? "incorrect" : "correct", browser.check(questions.get(q)),
                    "question " + (q + 1) + " answered " + answer);
        }
        // Submitting grades again from scratch: same verdicts, and the score counts only the right ones. A fresh
        // learner again: Chromium commits localStorage writes late, so a reload may still see an earlier test's.
        browser.openQuiz(pageUrl);
        questions = browser.questions();
        for (int q = 0; q < questions.size(); q++) {
            browser.choose(questions.get(q), wrongQuestions.contains(q)
                    ? Site.wrongAnswer(KEY.get(q), OPTION_COUNTS.get(q))
                    : KEY.get(q));
        }
        int[] score = browser.submit();
        assertEquals(6 - wrongQuestions.size(), score[0]);
        assertEquals(6, score[1]);
        for (int q = 0; q < questions.size(); q++) {
            assertEquals(wrongQuestions.contains(q) ? "incorrect" : "correct", Browser.result(questions.get(q)),
                    "question " + (q + 1));
        }
        assertNoConsoleErrorsAndNoRequests();
    }

    @Test
    void aSubsetOrSupersetOfTheCorrectOptionsIsPartlyCorrect() {
        browser.openQuiz(pageUrl);
        List<WebElement> questions = browser.questions();
        browser.choose(questions.get(0), Set.of(0, 2)); // Q1 needs 1, 3 and 4: two of three
        assertEquals("partial", browser.check(questions.get(0)));
        browser.choose(questions.get(2), Set.of(0, 1, 2)); // Q3 needs 1 and 3: an extra wrong option costs one
        assertEquals("partial", browser.check(questions.get(2)));
        browser.choose(questions.get(2), Set.of(0, 1)); // one right, one wrong: nothing
        assertEquals("incorrect", browser.check(questions.get(2)));
        browser.choose(questions.get(2), Set.of(0, 2));
        assertEquals("correct", browser.check(questions.get(2)));
        browser.choose(questions.get(3), Set.of(0, 1)); // Q4: every option is right, two of three picked
        assertEquals("partial", browser.check(questions.get(3)));
        assertEquals("2.33/6", browser.submitForScore()); // 2/3 + 1 + 2/3, the others unanswered
        assertNoConsoleErrorsAndNoRequests();
    }

    private void assertNoConsoleErrorsAndNoRequests() {
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE), "console errors");
        List<String> urls = browser.requestedUrls();
        assertTrue(urls.contains(pageUrl), "the page load itself is logged: " + urls);
        for (String url : urls) {
            assertTrue(url.equals(pageUrl) || url.startsWith("data:") || url.startsWith("about:"),
                    "the page requested nothing but itself, yet asked for " + url);
        }
    }
}
