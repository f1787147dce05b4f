package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved progress: answers survive a reload, Reset forgets them, Retry reshuffles, and no storage is no problem. */
class ProgressTest {
    private static final String MIXED = """
            # Mixed

            **1.** Pick b.

            - [ ] a
            - [x] b

            **2.** The capital of Peru is [[Lima]].

            **3.** Order the numbers, smallest first.

            1. one
            2. two
            3. three

            **4.** Match.

            - cat -> meow
            - dog -> woof
            """;
    private static final String SHUFFLED = "---\nshuffle: both\npick: 3\n---\n"
            + "**1.** One?\n\n- [x] a\n- [ ] b\n\n**2.** Two?\n\n- [x] a\n- [ ] b\n\n**3.** Three?\n\n- [x] a\n- [ ] b\n\n"
            + "**4.** Four?\n\n- [x] a\n- [ ] b\n\n**5.** Five?\n\n- [x] a\n- [ ] b\n\n**6.** Six?\n\n- [x] a\n- [ ] b\n";

    @TempDir
    static Path directory;
    static Site site;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        site = new Site(directory).bank("mixed.md", MIXED).bank("shuffled.md", SHUFFLED);
        site.generate();
        server = new StaticServer(site.output, "/c/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @BeforeEach
    void forgetEverything() {
        browser.open(server.url("index.html"));
        browser.script("window.localStorage.clear()");
    }

    @Test
    void answersAndVerdictsSurviveAReload() {
        browser.openQuiz(server.url("mixed.html"));
        answerMixed();
        assertEquals("correct", browser.check(browser.questions().get(0)));
        browser.driver().navigate().refresh();
        List<WebElement> q = browser.questions();
        browser.await().until(d -> "correct".equals(q.get(0).getDomAttribute("data-result")));
        assertTrue(Browser.inputs(q.get(0)).get(1).isSelected());
        assertEquals("Lima", q.get(1).findElement(By.cssSelector("input[data-blank]")).getDomProperty("value"));
        assertEquals(List.of("two", "one", "three"), orderTexts(q.get(2)));
        assertEquals("woof", new Select(q.get(3).findElements(By.tagName("select")).get(1)).getFirstSelectedOption().getText());
        assertNull(q.get(1).getDomAttribute("data-result"), "only checked questions get their verdict back");
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    @Test
    void aSubmittedQuizComesBackSubmitted() {
        browser.openQuiz(server.url("mixed.html"));
        browser.choose(browser.questions().get(0), Set.of(1));
        browser.quiz().findElement(By.cssSelector("[data-action=submit]")).click();
        browser.await().until(d -> browser.quiz().getDomAttribute("data-score"));
        browser.driver().navigate().refresh();
        browser.await().until(d -> "1".equals(browser.quiz().getDomAttribute("data-score")));
        assertEquals("4", browser.quiz().getDomAttribute("data-max-score"));
    }

    @Test
    void resetForgetsAnswersAndTheBestScore() {
        browser.openQuiz(server.url("mixed.html"));
        answerMixed();
        browser.quiz().findElement(By.cssSelector("[data-action=submit]")).click();
        browser.await().until(d -> browser.quiz().getDomAttribute("data-score"));
        browser.quiz().findElement(By.cssSelector("[data-action=reset]")).click();
        assertNull(browser.quiz().getDomAttribute("data-score"));
        assertFalse(Browser.inputs(browser.questions().get(0)).get(1).isSelected());
        assertNull(browser.script("return window.localStorage.getItem(arguments[0])", progressKey()));
        browser.open(server.url("mixed.html"));
        browser.assertFresh();
        assertEquals("", browser.questions().get(1).findElement(By.cssSelector("input[data-blank]")).getDomProperty("value"));
    }

    @Test
    void retryReshufflesAndDrawsANewSet() {
        browser.openQuiz(server.url("shuffled.html"));
        List<String> first = shownQuestions();
        assertEquals(3, first.size(), "pick: 3 shows three questions");
        Set<List<String>> arrangements = new HashSet<>();
        arrangements.add(first);
        for (int attempt = 0; attempt < 12 && arrangements.size() < 3; attempt++) {
            browser.choose(visible().get(0), Set.of(0));
            browser.quiz().findElement(By.cssSelector("[data-action=submit]")).click();
            browser.await().until(d -> browser.quiz().getDomAttribute("data-score"));
            assertEquals("3", browser.quiz().getDomAttribute("data-max-score"), "the score counts the drawn questions");
            WebElement retry = browser.quiz().findElement(By.cssSelector("[data-action=retry]"));
            retry.click();
            assertNull(browser.quiz().getDomAttribute("data-score"));
            assertTrue(visible().stream().allMatch(q -> Browser.inputs(q).stream().noneMatch(WebElement::isSelected)));
            arrangements.add(shownQuestions());
        }
        assertTrue(arrangements.size() >= 3, "retries draw new sets or orders: " + arrangements);
        List<String> numbers = visible().stream().map(q -> q.findElement(By.cssSelector(".question-number")).getText()).toList();
        assertEquals(List.of("Question 1", "Question 2", "Question 3"), numbers, "shown questions are numbered in order");
    }

    @Test
    void anEditedQuizDoesNotRestoreStaleAnswers() throws Exception {
        Site edited = new Site(directory.resolve("edited")).bank("mixed.md", MIXED);
        edited.generate();
        try (StaticServer other = new StaticServer(edited.output, "/c/")) {
            browser.openQuiz(other.url("mixed.html"));
            browser.choose(browser.questions().get(0), Set.of(1));
            browser.open(other.url("mixed.html"));
            assertTrue(Browser.inputs(browser.questions().get(0)).get(1).isSelected(), "same version: restored");
            edited.bank("mixed.md", MIXED.replace("Pick b.", "Pick b, please."));
            edited.generate();
            browser.open(other.url("mixed.html"));
            browser.assertFresh(); // the saved answers belong to the old version
        }
    }

    @Test
    void withoutStorageThePageStillWorks() {
        Object id = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(window, 'localStorage', {get: function () { throw new DOMException('denied', 'SecurityError'); }});"));
        try {
            browser.openQuiz(server.url("mixed.html"));
            browser.choose(browser.questions().get(0), Set.of(1));
            assertEquals("correct", browser.check(browser.questions().get(0)));
            browser.quiz().findElement(By.cssSelector("[data-action=submit]")).click();
            browser.await().until(d -> browser.quiz().getDomAttribute("data-score"));
            assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier",
                    ((Map<?, ?>) id).get("identifier")));
        }
    }

    private void answerMixed() {
        List<WebElement> q = browser.questions();
        browser.choose(q.get(0), Set.of(1));
        q.get(1).findElement(By.cssSelector("input[data-blank]")).sendKeys("Lima");
        order(q.get(2), List.of("two", "one", "three"));
        List<WebElement> selects = q.get(3).findElements(By.tagName("select"));
        new Select(selects.get(0)).selectByVisibleText("meow");
        new Select(selects.get(1)).selectByVisibleText("woof");
    }

    private static void order(WebElement question, List<String> target) {
        for (int position = 0; position < target.size(); position++) {
            List<WebElement> items = question.findElements(By.cssSelector("[data-item]"));
            int current = orderTexts(question).indexOf(target.get(position));
            for (int moves = current - position; moves > 0; moves--) {
                items.get(current).findElement(By.cssSelector("[data-action=up]")).click();
            }
        }
        assertEquals(target, orderTexts(question));
    }

    private static List<String> orderTexts(WebElement question) {
        return question.findElements(By.cssSelector("[data-item] .order-text")).stream().map(WebElement::getText).toList();
    }

    private static List<WebElement> visible() {
        return browser.questions().stream().filter(WebElement::isDisplayed).toList();
    }

    private static List<String> shownQuestions() {
        List<String> texts = new ArrayList<>();
        for (WebElement question : visible()) {
            texts.add(question.findElement(By.cssSelector(".stem")).getText());
        }
        return texts;
    }

    private static String progressKey() {
        return "mdquiz:" + browser.quiz().getDomAttribute("data-site") + ":mixed";
    }
}
