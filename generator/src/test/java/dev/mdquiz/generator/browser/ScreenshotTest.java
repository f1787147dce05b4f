package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots for a person to look at, in target/screenshots/ of this module: every page of the sample course
 * and the every-control quiz at desktop and phone width, light and dark, fresh and with every question checked,
 * and each quiz as printed.
 */
class ScreenshotTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

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

    @Test
    void desktopAndPhoneInLightAndDark() throws IOException {
        List<Path> written = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String device : List.of("desktop", "phone")) {
                for (ServedCourses.Course course : courses.both()) {
                    StaticServer server = course.server();
                    for (String page : course.pages()) {
                        String name = course.name() + "-" + page.replace(".html", "").replace('/', '-') + "-" + device + "-" + scheme;
                        written.addAll(shoot(server, page, name, device, scheme));
                    }
                    courses.browser.open(server.url("index.html")); // the quizzes were just submitted: the index shows progress
                    written.add(SCREENSHOTS.resolve(course.name() + "-index-" + device + "-" + scheme + "-progress.png"));
                    courses.emulation.screenshot(written.get(written.size() - 1));
                }
            }
        }
        for (Path file : written) {
            assertTrue(Files.size(file) > 1000, file + " holds a picture");
        }
    }

    private static List<Path> shoot(StaticServer server, String page, String name, String device, String scheme) {
        courses.emulation.colorScheme(scheme);
        if (device.equals("phone")) {
            courses.emulation.viewport(375, 740, 2, true);
        } else {
            courses.emulation.viewport(1280, 800, 1, false);
        }
        courses.emulation.openAfresh(server, page);
        List<Path> files = new ArrayList<>();
        files.add(SCREENSHOTS.resolve(name + ".png"));
        courses.emulation.screenshot(files.get(0));
        if (!courses.browser.driver().findElements(By.cssSelector("[data-quiz]")).isEmpty()) {
            courses.browser.driver().findElements(By.cssSelector("details.hint")).forEach(hint -> hint.findElement(By.tagName("summary"))
                    .sendKeys(org.openqa.selenium.Keys.ENTER));
            courses.emulation.answerEverything();
            courses.emulation.checkEverything();
            courses.emulation.submit();
            files.add(SCREENSHOTS.resolve(name + "-checked.png"));
            courses.emulation.screenshot(files.get(1));
        }
        return files;
    }

    /** The print stylesheet: a worksheet without controls, verdicts, explanations or hints, even after checking. */
    @Test
    void printedQuizzesAreWorksheets() {
        for (ServedCourses.Course course : courses.both()) {
            StaticServer server = course.server();
            for (String page : course.pages()) {
                if (page.equals("index.html")) {
                    continue;
                }
                courses.emulation.colorScheme("dark"); // screen media again: the learner answers on screen, then prints
                courses.emulation.viewport(800, 1100, 1, false);
                courses.emulation.openAfresh(server, page);
                courses.browser.driver().findElements(By.cssSelector("details.hint")).forEach(hint -> hint.findElement(By.tagName("summary"))
                        .sendKeys(org.openqa.selenium.Keys.ENTER));
                courses.emulation.answerEverything();
                courses.emulation.checkEverything();
                courses.emulation.submit();
                courses.emulation.print("dark"); // printed from a dark screen: still dark text on white paper
                courses.emulation.screenshot(SCREENSHOTS.resolve(course.name() + "-" + page.replace(".html", "").replace('/', '-') + "-print.png"));
                assertEquals(List.of(), courses.browser.script("""
                        return Array.prototype.filter.call(document.querySelectorAll(
                            'button, .result, .score, .explanation, .option-feedback, .reveal, .hint, .part-mark, .site-nav, .pager'),
                          function (element) { var r = element.getBoundingClientRect(); return r.width > 0 || r.height > 0; })
                          .map(function (element) { return element.outerHTML.slice(0, 80); });"""), page + " prints no controls or answers");
                assertEquals("rgb(255, 255, 255)", courses.browser.script("return getComputedStyle(document.body).backgroundColor;"),
                        page + " prints on white");
                assertEquals("rgb(0, 0, 0)", courses.browser.script("return getComputedStyle(document.body).color;"), page + " prints in black");
            }
        }
    }
}
