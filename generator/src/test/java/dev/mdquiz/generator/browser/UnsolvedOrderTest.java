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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ordering items are published in id order, which says nothing about the answer and so is sometimes the answer
 * itself (one time in two for two items). The page then moves an item before the learner sees the list.
 */
class UnsolvedOrderTest {
    private static final List<String> ITEMS = List.of("First", "Second", "Third");

    @TempDir
    static Path directory;
    static Path page;
    /** A Parsons problem whose learner sets the indentation, every line at level 0: shown at 0, as the answer is. */
    static Path codePage;
    static Browser browser;

    /** Varies the question text until the published order is the correct one; a few tries find one. */
    @BeforeAll
    static void generateAndStart() throws Exception {
        for (int variant = 1; page == null; variant++) {
            assertTrue(variant < 200, "some question text publishes its items in the correct order");
            Site site = new Site(directory.resolve("v" + variant)).bank("order.md", "**1.** Put them in order ("
                    + variant + ").\n\n1. " + ITEMS.get(0) + "\n2. " + ITEMS.get(1) + "\n3. " + ITEMS.get(2) + "\n");
            site.generate(b -> b.keyIterations(0));
            String html = Files.readString(site.page("order.md"));
            if (html.indexOf(ITEMS.get(0)) < html.indexOf(ITEMS.get(1)) && html.indexOf(ITEMS.get(1)) < html.indexOf(ITEMS.get(2))) {
                page = site.page("order.md");
            }
        }
        for (int variant = 1; codePage == null; variant++) {
            assertTrue(variant < 200, "some question text publishes its lines in the correct order");
            Site site = new Site(directory.resolve("c" + variant)).bank("code.md", "**1.** Put them in order (" + variant
                    + ").\n<!-- quiz: indent -->\n\n```text order\n" + String.join("\n", ITEMS) + "\n```\n");
            site.generate(b -> b.keyIterations(0));
            String html = Files.readString(site.page("code.md"));
            if (html.indexOf(ITEMS.get(0)) < html.indexOf(ITEMS.get(1)) && html.indexOf(ITEMS.get(1)) < html.indexOf(ITEMS.get(2))) {
                codePage = site.page("code.md");
            }
        }
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @Test
    void aPublishedOrderThatIsTheAnswerIsNeverShown() {
        browser.openQuiz(Site.fileUrl(page));
        WebElement question = browser.questions().get(0);
        browser.await().until(d -> !shown(question).equals(ITEMS));
        assertNotEquals(ITEMS, shown(question));
        Answers.order(browser, question, ITEMS);
        assertEquals("correct", browser.check(question), "the right order still grades right");
    }

    @Test
    void aParsonsProblemShownAsItsAnswerWithItsLevelsIsNeverShown() {
        browser.openQuiz(Site.fileUrl(codePage));
        WebElement question = browser.questions().get(0);
        browser.await().until(d -> !shown(question).equals(ITEMS));
        Answers.order(browser, question, ITEMS);
        assertEquals("correct", browser.check(question), "the right order, every line at level 0, grades right");
    }

    private static List<String> shown(WebElement question) {
        return question.findElements(By.cssSelector(".order-text")).stream().map(WebElement::getText).toList();
    }
}
