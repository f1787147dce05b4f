package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every question type of all-types.md graded in a real browser: right, wrong and partly right. */
class QuestionTypesTest {
    private static final String PARTS = """
            ---
            title: Parts
            pass: 60%
            ---

            **1.** [[Oslo]] is the capital of [[Norway|Kingdom of Norway]].

            **2.** Match the element to its symbol.

            - Gold -> Au
            - Iron -> Fe
            - Lead -> Pb

            **3.** Pick the even number.
            <!-- quiz: points=2 -->

            > Hint: it is divisible by two.

            - [ ] 3
            - [x] 4
            """;

    @TempDir
    static Path directory;
    static Browser browser;
    static Site site;

    @BeforeAll
    static void generate() throws Exception {
        site = new Site(directory)
                .bank("all-types.md", Site.resource("format-examples/all-types.md"))
                .bank("parts.md", PARTS)
                .bank("thirds.md", "---\npass: 67%\n---\n" + "**1.** Pick a.\n\n- [x] a\n- [ ] b\n\n".repeat(3))
                .bank("picks.md", "**1.** Which are prime?\n\n- [ ] 1\n- [x] 2\n- [x] 3\n- [ ] 4\n- [x] 5\n")
                .bank("on-submit.md", "---\nfeedback: on-submit\n---\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n");
        site.generate();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    private List<WebElement> open(String page) {
        browser.openQuiz(Site.fileUrl(site.page(page)));
        return browser.questions();
    }

    @Test
    void everyTypeAnsweredRightIsCorrect() {
        List<WebElement> q = open("all-types.md");
        type(q.get(0), "Canberra");
        type(q.get(1), "  the   NILE ");
        type(q.get(2), "42.0");
        type(q.get(3), "3,14");
        order(q.get(4), List.of("Mercury", "Venus", "Earth", "Mars"));
        match(q.get(5), Map.of("Japan", "Tokyo", "Kenya", "Nairobi", "Peru", "Lima"));
        browser.choose(q.get(6), java.util.Set.of(0));
        browser.choose(q.get(7), java.util.Set.of(1));
        for (WebElement question : q) {
            assertEquals("correct", browser.check(question), question.getDomAttribute("data-question"));
        }
        assertEquals("Many people guess Sydney, the largest city.",
                q.get(0).findElement(By.cssSelector(".explanation")).getText());
        assertEquals("8", submitScore());
        assertEquals("8", browser.quiz().getDomAttribute("data-max-score"));
        assertEquals("true", browser.quiz().getDomAttribute("data-passed"));
        assertTrue(browser.quiz().findElement(By.cssSelector(".score")).getText().contains("Passed"));
        assertNoErrors();
    }

    @Test
    void everyTypeAnsweredWrongIsIncorrectAndRevealedWhereThePageCan() {
        List<WebElement> q = open("all-types.md");
        type(q.get(0), "Sydney");
        type(q.get(1), "Amazon");
        type(q.get(2), "42.4");
        type(q.get(3), "3.1456");
        match(q.get(5), Map.of("Japan", "Lima", "Kenya", "Tokyo", "Peru", "Nairobi"));
        browser.choose(q.get(6), java.util.Set.of(1));
        browser.choose(q.get(7), java.util.Set.of(2));
        for (int i : List.of(0, 1, 2, 3, 5, 6, 7)) {
            assertEquals("incorrect", browser.check(q.get(i)), "question " + (i + 1));
        }
        assertEquals("incorrect", browser.check(q.get(4)), "the shuffled order is never the right one");
        assertEquals("Correct answer: Mercury → Venus → Earth → Mars", revealed(q.get(4)));
        assertEquals("Correct answer: Japan → Tokyo; Kenya → Nairobi; Peru → Lima", revealed(q.get(5)));
        assertEquals("Correct answer: True", revealed(q.get(6)));
        assertEquals("Correct answer: 4", revealed(q.get(7)));
        assertTrue(q.get(0).findElement(By.cssSelector(".reveal")).getText().isEmpty(), "short answers are never revealed");
        assertEquals("It covers about a third of the planet's surface.",
                q.get(6).findElement(By.cssSelector(".option-feedback")).getText(), "feedback of the chosen option");
        assertEquals("0", submitScore());
        assertEquals("false", browser.quiz().getDomAttribute("data-passed"));
        assertNoErrors();
    }

    @Test
    void numericBlanksAcceptTheToleranceAndNothingElse() {
        List<WebElement> q = open("all-types.md");
        Map<String, String> answers = Map.of("3.135", "correct", "3.145", "correct", "3.14", "correct",
                "3.13", "incorrect", "3.146", "incorrect", "pi", "incorrect", "-3.14", "incorrect");
        answers.forEach((typed, expected) -> {
            type(q.get(3), typed);
            assertEquals(expected, browser.check(q.get(3)), typed);
        });
        type(q.get(2), "42,00");
        assertEquals("correct", browser.check(q.get(2)));
        type(q.get(2), "41.999");
        assertEquals("incorrect", browser.check(q.get(2)));
    }

    @Test
    void partlyRightEarnsPartialCredit() {
        List<WebElement> q = open("parts.md");
        List<WebElement> blanks = q.get(0).findElements(By.cssSelector("input[data-blank]"));
        blanks.get(0).sendKeys("Oslo");
        blanks.get(1).sendKeys("Sweden");
        assertEquals("partial", browser.check(q.get(0)));
        assertEquals("correct", blanks.get(0).getDomAttribute("data-part-result"));
        assertEquals("incorrect", blanks.get(1).getDomAttribute("data-part-result"));
        assertEquals("Partly correct", Browser.resultText(q.get(0)));

        match(q.get(1), Map.of("Gold", "Au", "Iron", "Pb", "Lead", "Fe"));
        assertEquals("partial", browser.check(q.get(1)));

        WebElement hint = q.get(2).findElement(By.cssSelector("details.hint"));
        assertNull(hint.getDomAttribute("open"), "the hint starts hidden");
        hint.findElement(By.tagName("summary")).click();
        assertEquals("it is divisible by two.", hint.findElement(By.tagName("p")).getText());
        browser.choose(q.get(2), java.util.Set.of(1));
        // 0.5 + 1/3 + 2 points out of 4: 2.83 of 4 is 71 %, above the 60 % pass mark
        assertEquals("2.83", submitScore());
        assertEquals("4", browser.quiz().getDomAttribute("data-max-score"));
        assertEquals("true", browser.quiz().getDomAttribute("data-passed"));
        assertNoErrors();
    }

    @Test
    void multipleSelectEarnsRightPicksLessWrongPicks() {
        WebElement question = open("picks.md").get(0); // options a, b, c, d, e; b, c and e are right
        Map<java.util.Set<Integer>, String> verdicts = new java.util.LinkedHashMap<>();
        verdicts.put(java.util.Set.of(1, 2, 4), "correct");
        verdicts.put(java.util.Set.of(1), "partial");       // 1 of 3
        verdicts.put(java.util.Set.of(1, 2), "partial");    // 2 of 3
        verdicts.put(java.util.Set.of(1, 2, 0), "partial"); // (2 - 1) of 3
        verdicts.put(java.util.Set.of(1, 0), "incorrect");  // (1 - 1) of 3
        verdicts.put(java.util.Set.of(0, 3), "incorrect");  // below 0 counts as 0
        verdicts.put(java.util.Set.of(0, 1, 2, 3, 4), "partial"); // ticking everything: (3 - 2) of 3
        verdicts.forEach((picked, expected) -> {
            browser.choose(question, picked);
            assertEquals(expected, browser.check(question), "picked " + picked);
        });
        browser.choose(question, java.util.Set.of(1, 2, 0));
        assertEquals("partial", browser.check(question));
        assertEquals("Partly correct", Browser.resultText(question));
        assertEquals("0.33", submitScore());
        assertNoErrors();
    }

    @Test
    void thePassMarkIsNeverReachedByRounding() {
        List<WebElement> q = open("thirds.md");
        browser.choose(q.get(0), java.util.Set.of(0));
        browser.choose(q.get(1), java.util.Set.of(0));
        browser.choose(q.get(2), java.util.Set.of(1));
        assertEquals("2", submitScore());
        assertEquals("false", browser.quiz().getDomAttribute("data-passed"), "2 of 3 is 66.7 %, short of 67 %");
        assertTrue(browser.quiz().findElement(By.cssSelector(".score")).getText().contains("(66%)"),
                browser.quiz().findElement(By.cssSelector(".score")).getText());
    }

    @Test
    void orderingWorksWithTheKeyboardAlone() {
        List<WebElement> q = open("all-types.md");
        WebElement question = q.get(4);
        order(question, List.of("Mercury", "Venus", "Earth", "Mars"));
        WebElement status = question.findElement(By.cssSelector(".order-status"));
        assertTrue(status.getDomProperty("textContent").startsWith("Moved to position"), status.getDomProperty("textContent"));
        assertEquals("correct", browser.check(question));
    }

    @Test
    void onSubmitFeedbackHasNoCheckButtons() {
        List<WebElement> q = open("on-submit.md");
        assertTrue(q.get(0).findElements(By.cssSelector("[data-action=check]")).isEmpty());
        browser.choose(q.get(0), java.util.Set.of(0));
        assertEquals("1", submitScore());
        assertEquals("correct", Browser.result(q.get(0)));
    }

    private static void type(WebElement question, String text) {
        WebElement input = question.findElement(By.cssSelector("input[data-blank]"));
        input.clear();
        input.sendKeys(text);
        assertFalse(question.getDomAttribute("data-result") != null, "typing clears the verdict");
    }

    /** Moves items with the Move-up buttons, pressed by keyboard, until the list reads {@code target}. */
    private static void order(WebElement question, List<String> target) {
        for (int position = 0; position < target.size(); position++) {
            List<WebElement> items = question.findElements(By.cssSelector("[data-item]"));
            int current = texts(items).indexOf(target.get(position));
            WebElement up = items.get(current).findElement(By.cssSelector("[data-action=up]"));
            for (int moves = current - position; moves > 0; moves--) {
                up.sendKeys(Keys.ENTER);
                assertEquals(up, browser.driver().switchTo().activeElement(), "focus stays on the moved item's button");
            }
        }
        assertEquals(target, texts(question.findElements(By.cssSelector("[data-item]"))));
    }

    private static List<String> texts(List<WebElement> items) {
        return items.stream().map(i -> i.findElement(By.cssSelector(".order-text")).getText()).toList();
    }

    private static void match(WebElement question, Map<String, String> pairs) {
        for (WebElement select : question.findElements(By.cssSelector("select[data-left]"))) {
            String left = question.findElement(By.cssSelector("label[for='" + select.getDomAttribute("id") + "']")).getText();
            new Select(select).selectByVisibleText(pairs.get(left));
        }
    }

    private static String revealed(WebElement question) {
        WebElement reveal = question.findElement(By.cssSelector(".reveal"));
        browser.await().until(d -> !reveal.getText().isEmpty());
        return reveal.getText();
    }

    private static String submitScore() {
        browser.quiz().findElement(By.cssSelector("[data-action=submit]")).click();
        return browser.await().until(d -> browser.quiz().getDomAttribute("data-score"));
    }

    private static void assertNoErrors() {
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
        for (String url : browser.requestedUrls()) {
            assertTrue(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:"), url);
        }
    }
}
