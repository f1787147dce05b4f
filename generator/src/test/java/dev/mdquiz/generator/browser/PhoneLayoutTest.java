package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * On phones 320 and 375 CSS pixels wide, no page scrolls sideways and every control is a target of at least
 * 24 × 24 CSS pixels (WCAG 2.5.8), fresh and with every question checked (verdicts, marks, revealed answers).
 */
class PhoneLayoutTest {
    /** Controls a learner taps; links inside running text are exempt from the target size, as WCAG allows. */
    private static final String CONTROLS = "input:not([type=hidden]), select, button, summary, textarea, "
            + ".site-nav a, .pager a, .quiz-list a";

    private static final String PROBLEMS = """
            var problems = [];
            var root = document.documentElement;
            if (root.scrollWidth > root.clientWidth) {
              problems.push('scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth + ' px');
              Array.prototype.forEach.call(document.querySelectorAll('body *'), function (element) {
                var rect = element.getBoundingClientRect();
                if (rect.right > root.clientWidth + 0.5 && !element.closest('pre')) {
                  problems.push('  too wide: <' + element.tagName.toLowerCase() + ' class="' + element.className + '"> ends at ' + Math.round(rect.right) + ' px');
                }
              });
            }
            Array.prototype.forEach.call(document.querySelectorAll(arguments[0]), function (element) {
              var rect = element.getBoundingClientRect();
              if (!rect.width && !rect.height) return; // not rendered
              if (rect.width < 23.99 || rect.height < 23.99) {
                problems.push('small target: <' + element.tagName.toLowerCase() + ' ' + (element.id || element.getAttribute('data-action') || element.className || '')
                  + '> ' + rect.width.toFixed(1) + ' x ' + rect.height.toFixed(1) + ' px');
              }
            });
            return problems;""";

    @TempDir
    static Path directory;
    static ServedCourses courses;

    @BeforeAll
    static void start() throws Exception {
        courses = ServedCourses.start(directory);
        courses.emulation.colorScheme("light");
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(courses);
    }

    @TestFactory
    List<DynamicTest> noSidewaysScrollingAndLargeEnoughTargets() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int width : new int[] {320, 375}) {
            for (ServedCourses.Course course : courses.both()) {
                StaticServer server = course.server();
                for (String page : course.pages()) {
                    tests.add(dynamicTest(page + " at " + width + " px", () -> layout(server, page, width)));
                }
            }
        }
        return tests;
    }

    @SuppressWarnings("unchecked")
    private static void layout(StaticServer server, String page, int width) {
        courses.emulation.viewport(width, 640, 2, true);
        courses.emulation.openAfresh(server, page);
        try {
            // a phone lays the page out at the viewport meta's width once it has seen it; wait for that layout
            courses.browser.await().until(d -> ((Number) courses.browser.script("return window.innerWidth;")).intValue() == width);
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through: the assertion below reports the width the page kept
        }
        assertEquals(width, ((Number) courses.browser.script("return window.innerWidth;")).intValue(), "the viewport meta applies");
        List<String> problems = new ArrayList<>();
        for (Object problem : (List<Object>) courses.browser.script(PROBLEMS, CONTROLS)) {
            problems.add("[fresh] " + problem);
        }
        if (!courses.browser.driver().findElements(By.cssSelector("[data-quiz]")).isEmpty()) {
            courses.emulation.answerEverything();
            courses.emulation.checkEverything();
            courses.emulation.submit();
            for (Object problem : (List<Object>) courses.browser.script(PROBLEMS, CONTROLS)) {
                problems.add("[checked] " + problem);
            }
        }
        assertEquals(List.of(), problems, page + " at " + width + " px");
    }
}
