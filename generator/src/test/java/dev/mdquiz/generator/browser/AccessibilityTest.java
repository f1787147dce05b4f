package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * axe-core finds nothing on any page of the sample course, nor on a quiz with every question type: in light and
 * dark, at desktop and phone width, fresh, after every question was checked (right, wrong and partly right
 * verdicts, marks, feedback, revealed answers) and after submitting; the index also with saved progress.
 */
class AccessibilityTest {
    @TempDir
    static Path directory;
    static ServedCourses courses;

    @BeforeAll
    static void start() throws Exception {
        courses = ServedCourses.start(directory);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(courses);
    }

    @TestFactory
    List<DynamicTest> everyPageInEveryState() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String mode : List.of("light", "dark", "phone")) {
            for (ServedCourses.Course course : courses.both()) {
                StaticServer server = course.server();
                List<String> pages = course.pages();
                for (String page : pages) {
                    tests.add(dynamicTest(page + " (" + mode + ")", () -> scan(server, page, mode)));
                }
                tests.add(dynamicTest("index.html with progress (" + mode + ")", () -> scan(server, "index.html", mode)));
            }
        }
        return tests;
    }

    /** The scan itself would catch a page that breaks the rules: a harness that finds nothing proves nothing. */
    @Test
    void theScanFindsWhatIsWrong() {
        courses.emulation.colorScheme("light");
        courses.emulation.resetViewport();
        courses.browser.open(courses.everyControl.server().url("every-control.html"));
        courses.browser.script("""
                var stem = document.querySelector('.stem');
                stem.insertAdjacentHTML('beforeend', '<p class="faint">faint</p><input type="text"><button></button>');
                stem.querySelector('.faint').style.color = '#bbb'; // the page's CSP blocks style attributes, not the CSSOM""");
        String violations = String.join("\n", courses.emulation.axeViolations());
        for (String rule : List.of("color-contrast", "label", "button-name")) {
            assertTrue(violations.contains(rule + " ("), rule + " in:\n" + violations);
        }
    }

    /**
     * Each question is a group named by its legend ("Question 3 (select all that apply)"), described by its text,
     * holding its controls, its check button and its verdict, a polite status region; every control has a name.
     */
    @Test
    void everyQuestionIsANamedGroupWithAPoliteVerdict() {
        courses.emulation.colorScheme("light");
        courses.emulation.resetViewport();
        courses.browser.open(courses.everyControl.server().url("every-control.html"));
        List<WebElement> questions = courses.browser.questions();
        for (int i = 0; i < questions.size(); i++) {
            WebElement question = questions.get(i);
            WebElement group = question.findElement(By.cssSelector("fieldset"));
            assertTrue(group.getAccessibleName().startsWith("Question " + (i + 1)), group.getAccessibleName());
            for (String part : List.of("[data-action=check]", ".result")) {
                assertEquals(1, group.findElements(By.cssSelector(part)).size(), part + " inside the group of question " + (i + 1));
            }
            WebElement result = question.findElement(By.cssSelector(".result"));
            assertEquals("status", result.getAriaRole(), "a status is a polite live region (WAI-ARIA 1.2)");
            assertNull(result.getDomAttribute("aria-live"), "nothing overrides the status role's polite announcements");
            for (WebElement control : question.findElements(By.cssSelector("input, select, button"))) {
                assertFalse(control.getAccessibleName().isBlank(), "a name for " + control.getTagName() + " in question " + (i + 1));
            }
        }
    }

    private static void scan(StaticServer server, String page, String mode) {
        courses.emulation.colorScheme(mode.equals("dark") ? "dark" : "light");
        if (mode.equals("phone")) {
            courses.emulation.viewport(320, 640, 2, true);
        } else {
            courses.emulation.resetViewport();
        }
        boolean quiz = !page.equals("index.html");
        if (quiz) {
            courses.emulation.openAfresh(server, page); // whatever an earlier scan saved
        } else {
            courses.browser.open(server.url(page));
        }
        List<String> found = new ArrayList<>();
        report(found, "fresh");
        if (quiz) {
            courses.emulation.answerEverything();
            report(found, "answered");
            courses.emulation.checkEverything();
            report(found, "checked");
            courses.emulation.submit();
            report(found, "submitted");
        }
        if (!found.isEmpty()) {
            fail(found.size() + " axe-core violations on " + page + " (" + mode + "):\n" + String.join("\n", found));
        }
    }

    private static void report(List<String> found, String state) {
        for (String violation : courses.emulation.axeViolations()) {
            found.add("  [" + state + "] " + violation);
        }
    }
}
