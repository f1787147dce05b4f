package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import dev.mdquiz.generator.model.QuestionType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every question type graded in a real browser: right, wrong and partly right. {@link #KINDS} lists one question
 * of every kind the generator emits (every {@code data-type}, and every kind of blank), so that a new kind without
 * a row fails {@link #theKindsListedAreEveryKindThePageCanBeGiven}.
 */
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
    /** Serves the site for the tests that reload a page: over file:// Chromium may read back storage it has not yet written. */
    static StaticServer server;

    /**
     * One question of a kind: its {@code data-type}, an element only that kind has, its Markdown (without the
     * number), a right and a wrong answer, and the correct answer the page reveals after the wrong one ("" where the
     * page cannot reveal it).
     */
    record Kind(String name, String type, String marker, String markdown, Consumer<WebElement> right,
                Consumer<WebElement> wrong, String revealed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("single choice", "single", "input[type=radio]", "Pick the even number.\n\n- [ ] 3\n- [x] 4\n",
                    q -> browser.choose(q, Set.of(1)), q -> browser.choose(q, Set.of(0)), "4"),
            new Kind("multiple select", "multiple", "input[type=checkbox]",
                    "Pick every prime.\n\n- [x] 2\n- [x] 3\n- [ ] 4\n- [ ] 6\n",
                    q -> browser.choose(q, Set.of(0, 1)), q -> browser.choose(q, Set.of(2, 3)), "2; 3"),
            new Kind("fill-in text", "fill-in", "input[data-blank]:not([data-exact]):not([data-exponent])",
                    "[[Oslo]] is the capital of Norway.\n", q -> Answers.fill(q, " OSLO"), q -> Answers.fill(q, "Bergen"), ""),
            new Kind("fill-in exact number", "fill-in", "input[data-blank][data-exact]", "7 × 6 = [[=42]]\n",
                    q -> Answers.fill(q, "42.0"), q -> Answers.fill(q, "43"), ""),
            new Kind("fill-in number range", "fill-in", "input[data-blank][data-exponent]",
                    "Pi to two decimal places: [[=3.14±0.005]]\n", q -> Answers.fill(q, "3,14"), q -> Answers.fill(q, "3.2"), ""),
            new Kind("ordering", "ordering", "ol.ordering [data-item]",
                    "Order the numbers, smallest first.\n\n1. one\n2. two\n3. three\n",
                    q -> Answers.order(browser, q, List.of("one", "two", "three")),
                    q -> Answers.order(browser, q, List.of("three", "two", "one")), "one → two → three"),
            new Kind("matching", "matching", "select[data-left]", "Match the animal to its sound.\n\n- cat -> meow\n- dog -> woof\n",
                    q -> Answers.match(q, Map.of("cat", "meow", "dog", "woof")),
                    q -> Answers.match(q, Map.of("cat", "woof", "dog", "meow")), "cat → meow; dog → woof"),
            new Kind("blanks in code", "fill-in", "pre.code-blanks input[data-blank]",
                    "Complete the loop.\n\n```python blanks\nfor i in range([[=3]]):\n    print([[i]])\n```\n",
                    q -> Answers.fill(q, "3", " i "), q -> Answers.fill(q, "4", "j"), ""),
            new Kind("output prediction", "fill-in", "pre.code-blanks textarea[data-blank][data-lines]",
                    "What does it print?\n\n```python\nfor i in range(3):\n    print(i)\n```\n\n```text blanks\n[[\n0\n1\n2\n]]\n```\n",
                    q -> Answers.fill(q, "0  \n1\n2 \n\n"), q -> Answers.fill(q, "0\n 1\n2"), ""),
            new Kind("Parsons problem", "ordering", "ol.ordering-code [data-item][data-indent]",
                    "Order the lines.\n\n```python order\ndef double(x):\n    y = x * 2\n    return y\n```\n",
                    q -> Answers.order(browser, q, List.of("def double(x):", "y = x * 2", "return y")),
                    q -> Answers.order(browser, q, List.of("return y", "y = x * 2", "def double(x):")),
                    "def double(x):\n    y = x * 2\n    return y"),
            new Kind("Parsons problem with indentation", "ordering", "ol.ordering-code[data-grade-indent] [data-item]",
                    "Order and indent the lines.\n<!-- quiz: indent -->\n\n```python order\nif x < 0:\n    x = -x\nprint(x)\n```\n",
                    q -> {
                        Answers.order(browser, q, List.of("if x < 0:", "x = -x", "print(x)"));
                        Answers.indent(browser, q, Map.of("x = -x", 1));
                    },
                    q -> {
                        Answers.order(browser, q, List.of("if x < 0:", "x = -x", "print(x)"));
                        Answers.indent(browser, q, Map.of("x = -x", 1, "print(x)", 1));
                    }, ""));
    private static final String KINDS_BANK = IntStream.range(0, KINDS.size())
            .mapToObj(i -> "**" + (i + 1) + ".** " + KINDS.get(i).markdown()).collect(Collectors.joining("\n"));

    @BeforeAll
    static void generate() throws Exception {
        site = new Site(directory)
                .bank("all-types.md", Site.resource("format-examples/all-types.md"))
                .bank("parts.md", PARTS)
                .bank("kinds.md", KINDS_BANK)
                .bank("thirds.md", "---\npass: 67%\n---\n" + "**1.** Pick a.\n\n- [x] a\n- [ ] b\n\n".repeat(3))
                .bank("picks.md", "**1.** Which are prime?\n\n- [ ] 1\n- [x] 2\n- [x] 3\n- [ ] 4\n- [x] 5\n")
                .bank("on-submit.md", "---\nfeedback: on-submit\n---\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n");
        site.generate();
        server = new StaticServer(site.output, "/types/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
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
    void theKindsListedAreEveryKindThePageCanBeGiven() {
        Set<String> emitted = Arrays.stream(QuestionType.values())
                .filter(type -> type != QuestionType.NONE) // only ever in a bank with errors, never on a page
                .map(QuestionType::attribute).collect(Collectors.toSet());
        assertEquals(emitted, KINDS.stream().map(Kind::type).collect(Collectors.toSet()),
                "every data-type the generator emits has a row in KINDS, and no row is of another");
        List<WebElement> q = open("kinds.md");
        assertEquals(KINDS.size(), q.size());
        for (int i = 0; i < KINDS.size(); i++) {
            Kind kind = KINDS.get(i);
            assertEquals(kind.type(), q.get(i).getDomAttribute("data-type"), kind.name());
            assertFalse(q.get(i).findElements(By.cssSelector(kind.marker())).isEmpty(), kind.name() + " has " + kind.marker());
        }
    }

    /**
     * Each kind, through everything the page does with it: right is correct and comes back after a reload (its
     * answer saved and restored), wrong is incorrect and revealed where the page can, and Try again empties it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindIsGradedRightAndWrong(Kind kind) {
        int index = KINDS.indexOf(kind);
        browser.openQuiz(server.url("kinds.html"));
        WebElement question = browser.questions().get(index);
        kind.right().accept(question);
        assertEquals("correct", browser.check(question), "right answer");

        browser.driver().navigate().refresh();
        WebElement reloaded = browser.questions().get(index);
        assertEquals("correct", browser.await().until(d -> reloaded.getDomAttribute("data-result")),
                "the saved answer comes back and is checked again");

        kind.wrong().accept(reloaded);
        browser.await().until(d -> reloaded.getDomAttribute("data-result") == null);
        assertEquals("incorrect", browser.check(reloaded), "wrong answer");
        if (kind.revealed().isEmpty()) {
            assertEquals("", reloaded.findElement(By.cssSelector(".reveal")).getText(), "the page cannot reveal it");
        } else { // the right options of a multiple select are named in id order
            String revealed = revealed(reloaded);
            assertTrue(revealed.startsWith("Correct answer:"), revealed);
            // lines of code are revealed as a block under the words
            String answer = revealed.substring("Correct answer:".length()).replaceFirst("^[ \n]", "");
            assertEquals(Set.of(kind.revealed().split("; ")), Set.of(answer.split("; ")), revealed);
        }

        assertEquals("0", submitScore());
        browser.quiz().findElement(By.cssSelector("[data-action=retry]")).click();
        assertNull(reloaded.getDomAttribute("data-result"), "Try again clears the verdict");
        reloaded.findElement(By.cssSelector("[data-action=check]")).click();
        if (kind.type().equals("ordering")) { // an order is always an answer: Try again shows another one
            browser.await().until(d -> reloaded.getDomAttribute("data-result"));
        } else {
            assertEquals("Answer the question first.", browser.await().until(d -> {
                String text = Browser.resultText(reloaded);
                return text.isEmpty() ? null : text;
            }), "Try again empties the answer");
            assertNull(reloaded.getDomAttribute("data-result"));
        }
        assertNoErrors();
    }

    static List<Kind> kinds() {
        return KINDS;
    }

    @Test
    void aKindThePageScriptDoesNotKnowFailsLoudly() throws Exception {
        Path page = site.page("kinds.md");
        Path unknown = page.resolveSibling("unknown-kind.html");
        String html = Files.readString(page);
        assertTrue(html.contains("data-type=\"single\""));
        Files.writeString(unknown, html.replace("data-type=\"single\"", "data-type=\"essay\""));
        browser.clearLogs();
        browser.openQuiz(Site.fileUrl(unknown));
        List<String> errors = browser.consoleMessages(Level.SEVERE);
        assertTrue(errors.stream().anyMatch(error -> error.contains("mdquiz: question q1 has an unknown data-type")
                && error.contains("essay")), "the console names the question and its data-type: " + errors);
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
        // the graded style wins over the blank's own border, whatever order the theme's parts come in
        assertEquals("2px solid", border(blanks.get(0)));
        assertEquals("2px dashed", border(blanks.get(1)));
        assertEquals("Partly correct", Browser.resultText(q.get(0)));

        match(q.get(1), Map.of("Gold", "Au", "Iron", "Pb", "Lead", "Fe"));
        assertEquals("partial", browser.check(q.get(1)));
        List<WebElement> selects = q.get(1).findElements(By.tagName("select"));
        assertEquals("2px solid", border(selects.get(0)));
        assertEquals("2px dashed", border(selects.get(1)));

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

    /**
     * A page carries the script of each kind of question it has and of no other (choice.js, fill-in.js,
     * ordering.js, matching.js), and works with what it carries: one kind alone, some kinds mixed, every kind.
     */
    @Test
    void aPageCarriesTheScriptsOfItsKindsOfQuestionAndNoOthers() {
        List<WebElement> q = open("picks.md");
        assertEquals(List.of(true, false, false, false), kindScripts(), "choice only");
        browser.choose(q.get(0), Set.of(1, 2, 4));
        assertEquals("correct", browser.check(q.get(0)));
        assertNoErrors();

        q = open("parts.md");
        assertEquals(List.of(true, true, false, true), kindScripts(), "fill-in, matching and single choice");
        List<WebElement> blanks = q.get(0).findElements(By.cssSelector("input[data-blank]"));
        blanks.get(0).sendKeys("Oslo");
        blanks.get(1).sendKeys("Norway");
        match(q.get(1), Map.of("Gold", "Au", "Iron", "Fe", "Lead", "Pb"));
        browser.choose(q.get(2), Set.of(1));
        for (WebElement question : q) {
            assertEquals("correct", browser.check(question), question.getDomAttribute("data-question"));
        }
        assertNoErrors();

        open("all-types.md");
        assertEquals(List.of(true, true, true, true), kindScripts(), "every kind");
        assertNoErrors();
    }

    /** Whether the page defines the kinds of choice.js, fill-in.js, ordering.js and matching.js, in that order. */
    @SuppressWarnings("unchecked")
    private static List<Boolean> kindScripts() {
        return (List<Boolean>) browser.script("""
                return ['mdquizChoiceKinds', 'mdquizFillInKinds', 'mdquizOrderingKinds', 'mdquizMatchingKinds']
                  .map(function (name) { return typeof window[name] === 'function'; });""");
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
            assertTrue(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:")
                    || url.startsWith(server.url("")), url);
        }
    }

    /** The graded look of a blank or select: its border's width and style. */
    private static String border(WebElement part) {
        return browser.script("const style = getComputedStyle(arguments[0]);"
                + " return style.borderTopWidth + ' ' + style.borderTopStyle;", part).toString();
    }

}
