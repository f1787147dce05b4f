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
    static StaticServer sample;
    static StaticServer everyControl;
    static Browser browser;
    static Emulation emulation;

    @BeforeAll
    static void start() throws Exception {
        sample = new StaticServer(Courses.sample(directory), "/course/");
        everyControl = new StaticServer(Courses.everyControl(directory), "/types/");
        browser = Browser.start();
        emulation = new Emulation(browser);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, sample, everyControl);
    }

    @Test
    void desktopAndPhoneInLightAndDark() throws IOException {
        List<Path> written = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String device : List.of("desktop", "phone")) {
                for (StaticServer server : List.of(sample, everyControl)) {
                    Path root = server == sample ? directory.resolve("sample-site") : directory.resolve("every-control/site");
                    String prefix = server == sample ? "sample-" : "types-";
                    for (String page : Courses.pages(root)) {
                        String name = prefix + page.replace(".html", "").replace('/', '-') + "-" + device + "-" + scheme;
                        written.addAll(shoot(server, page, name, device, scheme));
                    }
                    browser.open(server.url("index.html")); // the quizzes were just submitted: the index shows progress
                    written.add(SCREENSHOTS.resolve(prefix + "index-" + device + "-" + scheme + "-progress.png"));
                    emulation.screenshot(written.get(written.size() - 1));
                }
            }
        }
        for (Path file : written) {
            assertTrue(Files.size(file) > 1000, file + " holds a picture");
        }
    }

    private static List<Path> shoot(StaticServer server, String page, String name, String device, String scheme) {
        emulation.colorScheme(scheme);
        if (device.equals("phone")) {
            emulation.viewport(375, 740, 2, true);
        } else {
            emulation.viewport(1280, 800, 1, false);
        }
        emulation.openAfresh(server, page);
        List<Path> files = new ArrayList<>();
        files.add(SCREENSHOTS.resolve(name + ".png"));
        emulation.screenshot(files.get(0));
        if (!browser.driver().findElements(By.cssSelector("[data-quiz]")).isEmpty()) {
            browser.driver().findElements(By.cssSelector("details.hint")).forEach(hint -> hint.findElement(By.tagName("summary"))
                    .sendKeys(org.openqa.selenium.Keys.ENTER));
            emulation.answerEverything();
            emulation.checkEverything();
            emulation.submit();
            files.add(SCREENSHOTS.resolve(name + "-checked.png"));
            emulation.screenshot(files.get(1));
        }
        return files;
    }

    /** The print stylesheet: a worksheet without controls, verdicts, explanations or hints, even after checking. */
    @Test
    void printedQuizzesAreWorksheets() {
        for (StaticServer server : List.of(sample, everyControl)) {
            Path root = server == sample ? directory.resolve("sample-site") : directory.resolve("every-control/site");
            String prefix = server == sample ? "sample-" : "types-";
            for (String page : Courses.pages(root)) {
                if (page.equals("index.html")) {
                    continue;
                }
                emulation.colorScheme("dark"); // screen media again: the learner answers on screen, then prints
                emulation.viewport(800, 1100, 1, false);
                emulation.openAfresh(server, page);
                browser.driver().findElements(By.cssSelector("details.hint")).forEach(hint -> hint.findElement(By.tagName("summary"))
                        .sendKeys(org.openqa.selenium.Keys.ENTER));
                emulation.answerEverything();
                emulation.checkEverything();
                emulation.submit();
                emulation.print("dark"); // printed from a dark screen: still dark text on white paper
                emulation.screenshot(SCREENSHOTS.resolve(prefix + page.replace(".html", "").replace('/', '-') + "-print.png"));
                assertEquals(List.of(), browser.script("""
                        return Array.prototype.filter.call(document.querySelectorAll(
                            'button, .result, .score, .explanation, .option-feedback, .reveal, .hint, .part-mark, .site-nav, .pager'),
                          function (element) { var r = element.getBoundingClientRect(); return r.width > 0 || r.height > 0; })
                          .map(function (element) { return element.outerHTML.slice(0, 80); });"""), page + " prints no controls or answers");
                assertEquals("rgb(255, 255, 255)", browser.script("return getComputedStyle(document.body).backgroundColor;"),
                        page + " prints on white");
                assertEquals("rgb(0, 0, 0)", browser.script("return getComputedStyle(document.body).color;"), page + " prints in black");
            }
        }
    }
}
