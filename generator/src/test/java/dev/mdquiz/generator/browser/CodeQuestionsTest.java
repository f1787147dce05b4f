package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Code questions in Chromium, by keyboard alone: blanks inside highlighted code named by their place and reached in
 * reading order, an answer of several lines, Parsons problems ordered and indented with their buttons (lines that
 * read the same may trade places), nothing axe-core finds, and screenshots in light and dark to look at.
 */
class CodeQuestionsTest {
    private static final String DUPLICATES = """
            **1.** Order and indent the lines so that `greet` shouts only when asked to.
            <!-- quiz: indent -->

            ```java order
            void greet(boolean loud) {
                if (loud) {
                    shout();
                }
            }
            ```
            """;

    @TempDir
    static Path directory;
    static Browser browser;
    static Emulation emulation;
    static StaticServer server;

    @BeforeAll
    static void generate() throws Exception {
        Site site = new Site(directory).bank("code.md", Courses.CODE_QUESTIONS).bank("duplicates.md", DUPLICATES);
        site.generate();
        server = new StaticServer(site.output, "/code/");
        browser = Browser.start();
        emulation = new Emulation(browser);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    private List<WebElement> open(String page) {
        emulation.colorScheme("light");
        emulation.resetViewport();
        emulation.openAfresh(server, page);
        return browser.questions();
    }

    @Test
    void blanksInCodeAreNamedByTheirPlaceAndReachedInReadingOrder() {
        WebElement question = open("code.html").get(0);
        List<WebElement> blanks = question.findElements(By.cssSelector("pre.code-blanks [data-blank]"));
        assertEquals(List.of("Blank 1 of 3, line 2", "Blank 2 of 3, line 3", "Blank 3 of 3, line 4"),
                blanks.stream().map(WebElement::getAccessibleName).toList());
        assertTrue(question.findElement(By.cssSelector("pre.code-blanks")).getText().contains("def larger(a, b):"),
                "the code is shown around the inputs");
        assertFalse(question.findElements(By.cssSelector("pre.code-blanks .tok-k")).isEmpty(), "highlighted");
        blanks.get(0).click();
        for (int i = 1; i < blanks.size(); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertEquals(blanks.get(i), browser.driver().switchTo().activeElement(), "Tab reaches blank " + (i + 1));
        }

        typeByKeyboard(blanks.get(0), ">=");
        typeByKeyboard(blanks.get(1), "b");
        typeByKeyboard(blanks.get(2), "0");
        assertEquals("partial", checkByKeyboard(question), "two of three");
        clearAndType(blanks.get(1), "a");
        assertEquals("correct", checkByKeyboard(question));
    }

    @Test
    void outputIsComparedLineByLineIgnoringTrailingWhiteSpace() {
        WebElement question = open("code.html").get(1);
        WebElement box = question.findElement(By.cssSelector("textarea[data-blank][data-lines]"));
        assertEquals("Blank 1 of 1, line 2", box.getAccessibleName());
        assertEquals("3", box.getDomAttribute("rows"));
        for (String[] tried : new String[][] {{"1\n4\n8", "incorrect"}, {"1\n 4\n9", "incorrect"}, {"1 4 9", "incorrect"},
                {"1  \n4 \n9\n\n", "correct"}}) {
            clearAndType(box, tried[0]);
            assertEquals(tried[1], checkByKeyboard(question), tried[0]);
        }
        box.sendKeys(Keys.ENTER); // Enter in the box is a new line, not a check
        assertTrue(question.getDomAttribute("data-result") == null, "typing cleared the verdict and did not check");
        assertEquals("1  \n4 \n9\n\n\n", box.getDomProperty("value"));
    }

    @Test
    void aParsonsProblemIsOrderedByKeyboardWithItsIndentationShown() {
        WebElement question = open("code.html").get(2);
        List<WebElement> items = question.findElements(By.cssSelector("ol.ordering-code [data-item]"));
        assertEquals(5, items.size());
        assertTrue(items.stream().anyMatch(item -> "2".equals(item.getDomAttribute("data-indent"))), "levels shown");
        assertTrue(question.findElements(By.cssSelector("[data-action=indent]")).isEmpty(), "no indent buttons");
        List<String> right = List.of("def total(numbers):", "result = 0", "for n in numbers:", "result += n", "return result");
        orderByKeyboard(question, List.of("return result", "result += n", "for n in numbers:", "result = 0",
                "def total(numbers):"));
        assertEquals("incorrect", checkByKeyboard(question));
        orderByKeyboard(question, right);
        assertEquals("correct", checkByKeyboard(question));
    }

    @Test
    void withIndentTheLearnerSetsEachLevelAndIsGradedOnIt() {
        WebElement question = open("code.html").get(3);
        assertTrue(question.findElements(By.cssSelector("[data-item]")).stream()
                .allMatch(item -> "0".equals(item.getDomAttribute("data-indent"))), "every line starts at level 0");
        orderByKeyboard(question, List.of("if (x > 0) {", "y = x;", "} else {", "y = -x;", "}"));
        assertEquals("incorrect", checkByKeyboard(question), "the order alone is not enough");
        indentByKeyboard(question, "y = x;", 1);
        indentByKeyboard(question, "y = -x;", 2);
        assertEquals("Indentation level 2.", browser.script(
                "return arguments[0].querySelector('.order-status').textContent", question), "announced");
        assertEquals("incorrect", checkByKeyboard(question), "one line too deep");
        indentByKeyboard(question, "y = -x;", -1);
        assertEquals("correct", checkByKeyboard(question));
    }

    @Test
    void linesThatReadTheSameMayTradePlaces() {
        WebElement question = open("duplicates.html").get(0);
        List<WebElement> closing = question.findElements(By.cssSelector("[data-item]")).stream()
                .filter(item -> text(item).equals("}")).toList();
        assertEquals(2, closing.size());
        assertEquals(closing.get(0).getDomAttribute("data-as"), closing.get(1).getDomAttribute("data-as"));
        List<String> order = List.of("void greet(boolean loud) {", "if (loud) {", "shout();", "}", "}");
        for (boolean swapped : new boolean[] {false, true}) {
            browser.script("""
                    var list = arguments[0].querySelector('.ordering'), texts = arguments[1], swapped = arguments[2];
                    var items = Array.prototype.slice.call(list.children);
                    var closing = items.filter(function (i) { return i.textContent.trim().indexOf('}') === 0; });
                    if (swapped) closing.reverse();
                    texts.forEach(function (text, n) {
                      var item = text === '}' ? closing.shift()
                        : items.filter(function (i) { return i.querySelector('.order-text').textContent.trim() === text; })[0];
                      list.appendChild(item);
                      item.setAttribute('data-indent', String([0, 1, 2, 1, 0][n]));
                    });
                    list.dispatchEvent(new Event('change', { bubbles: true }));""", question, order, swapped);
            assertEquals("correct", checkByKeyboard(question), swapped ? "the two } swapped" : "in source order");
        }
    }

    @Test
    void axeFindsNothingAndScreenshotsShowEveryState() throws Exception {
        Path screenshots = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Files.createDirectories(screenshots);
        for (String scheme : List.of("light", "dark")) {
            for (String page : List.of("code.html", "duplicates.html")) {
                emulation.colorScheme(scheme);
                emulation.resetViewport();
                emulation.openAfresh(server, page);
                assertEquals(List.of(), emulation.axeViolations(), page + " fresh, " + scheme);
                emulation.answerEverything();
                emulation.checkEverything();
                assertEquals(List.of(), emulation.axeViolations(), page + " checked, " + scheme);
                emulation.screenshot(screenshots.resolve("code-" + page.replace(".html", "") + "-" + scheme + ".png"));
            }
        }
    }

    private static String text(WebElement item) {
        return item.findElement(By.cssSelector(".order-text")).getText().strip();
    }

    /** Moves items with their arrow buttons, pressed with Enter, until they read {@code texts}. */
    private static void orderByKeyboard(WebElement question, List<String> texts) {
        for (int target = 0; target < texts.size(); target++) {
            while (true) {
                List<WebElement> items = question.findElements(By.cssSelector("[data-item]"));
                int at = -1;
                for (int i = target; i < items.size(); i++) {
                    if (text(items.get(i)).equals(texts.get(target))) {
                        at = i;
                        break;
                    }
                }
                assertTrue(at >= target, texts.get(target) + " is there");
                if (at == target) {
                    break;
                }
                WebElement up = items.get(at).findElement(By.cssSelector("[data-action=up]"));
                up.sendKeys(Keys.ENTER);
                assertEquals(up, browser.driver().switchTo().activeElement(), "the button keeps the focus");
            }
        }
    }

    /** Presses a line's indent (or, for a negative count, outdent) button with the keyboard. */
    private static void indentByKeyboard(WebElement question, String line, int times) {
        WebElement item = question.findElements(By.cssSelector("[data-item]")).stream()
                .filter(candidate -> text(candidate).equals(line)).findFirst().orElseThrow();
        WebElement button = item.findElement(By.cssSelector(times > 0 ? "[data-action=indent]" : "[data-action=outdent]"));
        assertEquals((times > 0 ? "Indent: " : "Outdent: ") + line, button.getAccessibleName());
        for (int i = 0; i < Math.abs(times); i++) {
            button.sendKeys(Keys.ENTER);
        }
    }

    private static void typeByKeyboard(WebElement field, String text) {
        field.sendKeys(text);
    }

    private static void clearAndType(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static String checkByKeyboard(WebElement question) {
        browser.await().until(d -> question.getDomAttribute("data-result") == null);
        question.findElement(By.cssSelector("[data-action=check]")).sendKeys(Keys.ENTER);
        return browser.await().until(d -> question.getDomAttribute("data-result"));
    }
}
