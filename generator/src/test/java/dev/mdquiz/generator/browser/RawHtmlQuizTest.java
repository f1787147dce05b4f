package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page whose bank holds allowed and forbidden raw HTML in every question type still works as a quiz. */
class RawHtmlQuizTest {
    private static final String BANK = """
            <meta http-equiv="refresh" content="1; url=about:blank">

            **1.** Water is H<sub>2</sub>O; its name: [[water]] <script>window.pwned = 1;</script> </main>

            <details><summary>Why</summary>

            Two <abbr title="hydrogen">H</abbr>, one O.

            </details>

            **2.** Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to <span class="result" id="q3" onclick="window.pwned = 2">copy</span>.

            - [ ] <mark>cut</mark> </fieldset>
            - [x] <em>copy</em> <input type="radio" name="q2" value="x">

            **3.** Order, smallest first.

            1. <kbd>1</kbd>
            2. <sup>2</sup> <div>two</div>
            3. <b>3</b>

            **4.** Match.

            - H<sub>2</sub>O -> <i>water</i>
            - NaCl -> salt <!-- table salt -->
            """;

    @TempDir
    static Path directory;
    static Browser browser;
    static Site site;

    @BeforeAll
    static void generate() throws Exception {
        site = new Site(directory).bank("raw.md", BANK);
        site.generate();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @Test
    void everyQuestionIsGradedAndNoAuthorScriptRuns() throws Exception {
        browser.openQuiz(Site.fileUrl(site.page("raw.md")));
        List<WebElement> q = browser.questions();
        assertEquals(4, q.size());

        q.get(0).findElement(By.cssSelector("input[data-blank]")).sendKeys("water");
        browser.choose(q.get(1), Set.of(1));
        order(q.get(2), List.of("1", "2 two", "3"));
        for (WebElement select : q.get(3).findElements(By.cssSelector("select[data-left]"))) {
            String left = q.get(3).findElement(By.cssSelector("label[for='" + select.getDomAttribute("id") + "']")).getText();
            new Select(select).selectByVisibleText(left.equals("H2O") ? "water" : "salt");
        }
        for (WebElement question : q) {
            assertEquals("correct", browser.check(question), question.getDomAttribute("data-question"));
        }
        assertEquals("4/4", browser.submitForScore());
        assertEquals("Correct", q.get(1).findElement(By.cssSelector(".result")).getText());
        q.get(0).findElement(By.cssSelector(".explanation details summary")).click();
        assertTrue(q.get(0).findElement(By.cssSelector(".explanation details")).getText().contains("Two H, one O."));

        Thread.sleep(1200); // longer than the refresh the bank asked for
        assertTrue(browser.driver().getCurrentUrl().endsWith("raw.html"), "the page was not redirected");
        assertNull(((JavascriptExecutor) browser.driver()).executeScript("return window.pwned;"), "no author script ran");
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    private static void order(WebElement question, List<String> target) {
        for (int position = 0; position < target.size(); position++) {
            List<WebElement> items = question.findElements(By.cssSelector("[data-item]"));
            int current = items.stream().map(i -> i.findElement(By.cssSelector(".order-text")).getText())
                    .map(t -> t.replaceAll("\\s+", " ").strip()).toList().indexOf(target.get(position));
            WebElement up = items.get(current).findElement(By.cssSelector("[data-action=up]"));
            for (int moves = current - position; moves > 0; moves--) {
                up.sendKeys(Keys.ENTER);
            }
        }
    }
}
