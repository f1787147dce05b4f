package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A learner without a mouse: Tab, Shift+Tab, Space, the arrow keys, Enter and typing, sent to whatever has focus,
 * answer every question type correctly, check each, submit for the full score, and try again. No element is
 * clicked or focused by the test; it only reads the page to decide which key to press. Every focus stop shows
 * a visible focus indicator.
 */
class KeyboardOnlyTest {
    /** Right answers of {@link Courses#EVERY_CONTROL}, by question number: blanks in order, or option texts. */
    private static final Map<String, List<String>> ANSWERS = Map.of(
            "q1", List.of("Canberra"),
            "q2", List.of("the Nile"),
            "q3", List.of("42"),
            "q4", List.of("3.14"),
            "q5", List.of("Mercury", "Venus", "Earth", "Mars"),
            "q6", List.of("Japan", "Tokyo", "Kenya", "Nairobi", "Peru", "Lima"),
            "q7", List.of("True"),
            "q8", List.of("4"),
            "q9", List.of("Jupiter", "Neptune"),
            "q10", List.of("Oslo", "Norway"));

    @TempDir
    static Path directory;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = new StaticServer(Courses.everyControl(directory), "/types/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @Test
    void everyQuestionTypeAnsweredCheckedAndSubmittedWithTheKeyboardAlone() {
        browser.openQuiz(server.url("every-control.html"));
        Set<String> ordered = new HashSet<>();
        Set<String> hintsOpened = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (int stop = 0; stop < 200; stop++) {
            press(Keys.TAB);
            WebElement focused = focused();
            assertVisibleFocus(focused);
            WebElement question = question(focused);
            String id = question == null ? null : question.getDomAttribute("data-question");
            String action = focused.getDomAttribute("data-action");
            String tag = focused.getTagName();
            String type = focused.getDomAttribute("type");
            if ("submit".equals(action)) {
                press(Keys.SPACE);
                String score = browser.await().until(d -> browser.quiz().getDomAttribute("data-score"));
                assertEquals("11", score, "full score");
                assertEquals("11", browser.quiz().getDomAttribute("data-max-score"));
                assertEquals("true", browser.quiz().getDomAttribute("data-passed"));
                assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"), checked);
                assertEquals(Set.of("q9"), hintsOpened);
                tryAgain();
                assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
                return;
            } else if ("check".equals(action)) {
                press(Keys.ENTER);
                assertEquals("correct", browser.await().until(d -> question.getDomAttribute("data-result")), id);
                assertEquals(focused, focused(), "checking leaves focus on the check button");
                checked.add(id);
            } else if ("up".equals(action) || "down".equals(action)) {
                if (ordered.add(id)) {
                    order(question, ANSWERS.get(id));
                }
            } else if (tag.equals("summary")) {
                press(Keys.ENTER);
                assertNotNull(question.findElement(By.cssSelector("details.hint")).getDomAttribute("open"), "Enter opens the hint");
                assertTrue(question.findElement(By.cssSelector("details.hint")).getText().contains("Pluto was reclassified"));
                hintsOpened.add(id);
            } else if (tag.equals("input") && focused.getDomAttribute("data-blank") != null) {
                List<WebElement> blanks = question.findElements(By.cssSelector("input[data-blank]"));
                press(ANSWERS.get(id).get(blanks.indexOf(focused))); // typed into whatever has focus: the blank
            } else if ("radio".equals(type)) {
                chooseRadio(question, focused, ANSWERS.get(id).get(0));
            } else if ("checkbox".equals(type)) {
                if (ANSWERS.get(id).contains(label(focused)) != focused.isSelected()) {
                    press(Keys.SPACE);
                }
            } else if (tag.equals("select")) {
                chooseWithArrows(question, focused);
            }
        }
        fail("never reached the submit button");
    }

    /** Tab reaches a radio group at its first radio; Space chooses it, Arrow Down moves the choice on. */
    private static void chooseRadio(WebElement question, WebElement focused, String answer) {
        List<WebElement> radios = Browser.inputs(question);
        assertEquals(radios.get(0), focused, "Tab enters an unanswered radio group at its first option");
        press(Keys.SPACE);
        assertTrue(radios.get(0).isSelected(), "Space chooses the focused radio");
        while (!label(focused()).equals(answer)) {
            press(Keys.ARROW_DOWN);
            assertTrue(focused().isSelected(), "the arrow keys move the choice");
        }
    }

    /** Arrow Down on a closed select moves its choice without opening it. */
    private static void chooseWithArrows(WebElement question, WebElement select) {
        List<String> pairs = ANSWERS.get("q6");
        String left = question.findElement(By.cssSelector("label[for='" + select.getDomAttribute("id") + "']")).getText();
        String right = pairs.get(pairs.indexOf(left) + 1);
        for (int tries = 0; tries < 10 && !selected(select).equals(right); tries++) {
            press(Keys.ARROW_DOWN);
        }
        assertEquals(right, selected(select), left);
    }

    private static String selected(WebElement select) {
        return (String) browser.script("return arguments[0].selectedOptions[0].textContent;", select);
    }

    /**
     * Puts the items in order with the Move-up buttons: Tab and Shift+Tab to the button of the item that belongs
     * next, Enter until it is there. Focus stays on the button that moved.
     */
    private static void order(WebElement question, List<String> target) {
        for (int position = 0; position < target.size(); position++) {
            List<WebElement> items = question.findElements(By.cssSelector("[data-item]"));
            int current = itemTexts(question).indexOf(target.get(position));
            WebElement up = items.get(current).findElement(By.cssSelector("[data-action=up]"));
            tabTo(up);
            for (int moves = current - position; moves > 0; moves--) {
                press(Keys.ENTER);
                assertEquals(up, focused(), "focus stays on the moved item's button");
            }
        }
        assertEquals(target, itemTexts(question));
        String status = question.findElement(By.cssSelector(".order-status")).getDomProperty("textContent");
        assertTrue(status.startsWith("Moved to position"), "moves are announced: " + status);
    }

    private static List<String> itemTexts(WebElement question) {
        return question.findElements(By.cssSelector("[data-item] .order-text")).stream().map(WebElement::getText).toList();
    }

    /** Moves focus to {@code target} with Tab or Shift+Tab, whichever way it lies. */
    private static void tabTo(WebElement target) {
        for (int steps = 0; steps < 40; steps++) {
            WebElement focused = focused();
            if (focused.equals(target)) {
                return;
            }
            boolean before = Boolean.TRUE.equals(browser.script(
                    "return !!(arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING);",
                    focused, target));
            press(before ? Keys.TAB : Keys.chord(Keys.SHIFT, Keys.TAB));
            assertVisibleFocus(focused());
        }
        fail("Tab and Shift+Tab never reached " + target.getDomAttribute("aria-label"));
    }

    /** After submitting, Tab reaches Try again; Enter clears the quiz and puts focus on its first control. */
    private static void tryAgain() {
        press(Keys.TAB);
        WebElement retry = focused();
        assertEquals("retry", retry.getDomAttribute("data-action"), "Try again follows Submit");
        press(Keys.ENTER);
        browser.await().until(d -> browser.quiz().getDomAttribute("data-score") == null);
        WebElement first = browser.questions().get(0).findElement(By.cssSelector("input[data-blank]"));
        assertEquals(first, focused(), "focus goes to the first question's first control");
        assertEquals("", first.getDomProperty("value"));
        assertVisibleFocus(first);
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private static WebElement question(WebElement element) {
        return (WebElement) browser.script("return arguments[0].closest('[data-question]');", element);
    }

    private static String label(WebElement input) {
        return Browser.label(input).getText();
    }

    /** A keyboard focus shows an outline of at least 2 px in a colour that is not the background's. */
    private static void assertVisibleFocus(WebElement element) {
        assertTrue(Boolean.TRUE.equals(browser.script("return arguments[0].matches(':focus-visible');", element)),
                "keyboard focus is :focus-visible on " + element.getTagName());
        String style = (String) browser.script("""
                var s = getComputedStyle(arguments[0]);
                return s.outlineStyle + ' ' + parseFloat(s.outlineWidth) + ' ' + s.outlineColor;""", element);
        String[] parts = style.split(" ", 3);
        assertTrue(!parts[0].equals("none") && Double.parseDouble(parts[1]) >= 2, "visible focus outline on <"
                + element.getTagName() + " " + element.getDomAttribute("class") + ">: " + style);
    }
}
