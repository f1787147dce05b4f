package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correct answer a page reveals after a wrong check lists the options as the learner sees them: in their
 * order on the screen, shuffled or not, and with their formatting (inline code stays code).
 */
class RevealedAnswerTest {
    private static final String BANK = """
            ---
            shuffle: answers
            ---

            **1.** Which commands can change the files in your working tree? Select three.

            - [x] `git checkout`
            - [ ] `git log`
            - [x] `git restore`
            - [ ] `git status`
            - [x] `git merge`, then *commit*

            **2.** Put the steps in order.

            1. `git add`
            2. `git commit`
            3. `git push`
            """;
    private static final List<String> RIGHT = List.of("git checkout", "git restore", "git merge, then commit");

    @TempDir
    static Path directory;
    static Browser browser;
    static String url;

    @BeforeAll
    static void generate() throws Exception {
        Site site = new Site(directory).bank("reveal.md", BANK);
        site.generate();
        url = Site.fileUrl(site.page("reveal.md"));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    /** The right options' labels, in the order the page shows them. */
    private static List<WebElement> rightLabels(WebElement question) {
        List<WebElement> labels = new ArrayList<>();
        for (WebElement input : Browser.inputs(question)) {
            if (RIGHT.contains(Browser.label(input).getText())) {
                labels.add(Browser.label(input));
            }
        }
        return labels;
    }

    /** The right options in the order of their ids, the order their key lists them in. */
    private static List<String> inIdOrder(WebElement question) {
        return Browser.inputs(question).stream().sorted(Comparator.comparing(input -> input.getDomAttribute("value")))
                .map(input -> Browser.label(input).getText()).filter(RIGHT::contains).toList();
    }

    @Test
    void aChoiceIsRevealedInTheOrderShownWithItsFormatting() {
        // shuffled until the page's order is not the ids' order, which a reveal in id order would follow
        WebElement question = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            browser.openQuiz(url);
            question = browser.questions().get(0);
            if (!texts(rightLabels(question)).equals(inIdOrder(question))) {
                break;
            }
        }
        List<String> shown = texts(rightLabels(question));
        assertNotEquals(inIdOrder(question), shown, "40 shuffles never moved the options away from their id order");

        List<String> options = Browser.inputs(question).stream().map(input -> Browser.label(input).getText()).toList();
        browser.choose(question, Set.of(options.indexOf("git log")));
        assertEquals("incorrect", browser.check(question));
        WebElement reveal = revealed(question);
        assertEquals("Correct answer: " + String.join("; ", shown), reveal.getText());

        List<String> codes = reveal.findElements(By.cssSelector("code")).stream().map(WebElement::getText).toList();
        List<String> shownCodes = new ArrayList<>();
        for (WebElement label : rightLabels(question)) {
            label.findElements(By.cssSelector("code")).forEach(code -> shownCodes.add(code.getText()));
        }
        assertEquals(3, codes.size(), reveal.getDomProperty("innerHTML"));
        assertEquals(shownCodes, codes, "inline code stays code, in the order shown");
        assertEquals("commit", reveal.findElement(By.cssSelector("em")).getText());
        assertTrue(reveal.findElements(By.cssSelector("input, label")).isEmpty(), "no controls are copied");
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    @Test
    void anOrderIsRevealedWithItsFormatting() {
        browser.openQuiz(url);
        WebElement question = browser.questions().get(1);
        List<String> items = question.findElements(By.cssSelector(".order-text")).stream().map(WebElement::getText).toList();
        if (items.equals(List.of("git add", "git commit", "git push"))) {
            question.findElement(By.cssSelector("[data-action=down]")).click();
        }
        assertEquals("incorrect", browser.check(question));
        WebElement reveal = revealed(question);
        assertEquals("Correct answer: git add → git commit → git push", reveal.getText());
        assertEquals(List.of("git add", "git commit", "git push"),
                reveal.findElements(By.cssSelector("code")).stream().map(WebElement::getText).toList());
    }

    private static WebElement revealed(WebElement question) {
        WebElement reveal = question.findElement(By.cssSelector(".reveal"));
        browser.await().until(d -> !reveal.getText().isEmpty());
        return reveal;
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
