package dev.mdquiz.generator.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the accessibility and layout tests do to a page beyond a learner's clicks: emulate a colour scheme,
 * print media or a phone through the DevTools protocol, take full-page screenshots, run axe-core, and answer
 * every question of a quiz with something so that the checked state can be looked at.
 */
final class Emulation {
    /** axe-core's rule tags the pages must pass: WCAG 2.0, 2.1 and 2.2 A and AA, and Deque's best practices. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** axe.min.js from the test classpath (the com.deque.html.axe-core:selenium jar ships it); never a CDN. */
    private static final String AXE_SOURCE = axeSource();

    private final Browser browser;
    private final ChromeDriver driver;

    Emulation(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    private static String axeSource() {
        try (InputStream in = Emulation.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertNotNull(in, "axe.min.js on the test classpath (test dependency com.deque.html.axe-core:selenium)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens {@code page} of {@code server} with nothing saved for the site: storage is cleared from a page of the
     * same origin that runs no quiz script, so that no script of an earlier visit can save again in between.
     */
    void openAfresh(StaticServer server, String page) {
        browser.open(server.url("no-such-page"));
        browser.script("window.localStorage.clear();");
        browser.open(server.url(page));
    }

    /** "light" or "dark" for prefers-color-scheme; the media type stays screen. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Print media, as when the learner prints the page from a screen in the given colour scheme. */
    void print(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A viewport of {@code width} × {@code height} CSS pixels; {@code mobile} applies the viewport meta as a phone does. */
    void viewport(int width, int height, double scale, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", scale, "mobile", mobile));
    }

    void resetViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Writes a PNG of the whole page, beyond the viewport, to {@code file}. */
    @SuppressWarnings("unchecked")
    void screenshot(Path file) {
        // a page just opened on a busy machine may not be laid out yet: its content size is then 0
        Map<String, Object> size = browser.await().until(d -> {
            Map<String, Object> content = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics",
                    Map.of()).get("cssContentSize");
            return ((Number) content.get("width")).doubleValue() > 0 && ((Number) content.get("height")).doubleValue() > 0
                    ? content : null;
        });
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the open page with {@link #AXE_TAGS}; returns one line per violating element:
     * "rule (impact) target: help; how to fix". Empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    List<String> axeViolations() {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(AXE_SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // -Dmdquiz.axe.incomplete=true also lists what axe could not decide (for a person to review), as failures
        browser.script("window.mdquizAxeIncomplete = arguments[0];", Boolean.getBoolean("mdquiz.axe.incomplete"));
        Object outcome = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations', 'incomplete']})
                  .then(function (results) {
                    var lines = [];
                    results.violations.forEach(function (v) {
                      v.nodes.forEach(function (n) {
                        lines.push(v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ': ' + v.help + '; '
                          + (n.failureSummary || '').replace(/\\s+/g, ' '));
                      });
                    });
                    if (window.mdquizAxeIncomplete) results.incomplete.forEach(function (v) {
                      v.nodes.forEach(function (n) { lines.push('incomplete: ' + v.id + ' ' + n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')); });
                    });
                    done({lines: lines, passed: results.passes.length});
                  }, function (error) { done({error: String(error)}); });
                """, AXE_TAGS);
        Map<String, Object> result = (Map<String, Object>) outcome;
        if (result.get("error") != null) {
            throw new AssertionError("axe-core failed: " + result.get("error"));
        }
        if (((Number) result.get("passed")).intValue() < 10) {
            throw new AssertionError("axe-core ran too few rules to trust: " + result);
        }
        List<String> lines = new ArrayList<>();
        for (Object line : (List<Object>) result.get("lines")) {
            lines.add((String) line);
        }
        return lines;
    }

    /**
     * Gives every question of the open quiz some answer: the first option, a word or a number in each blank,
     * the first choice after "Choose…" in each select, the first item moved down. Not the right answers, on purpose: the
     * checked page then shows right, wrong and partly right verdicts, marks, feedback and revealed answers.
     */
    void answerEverything() {
        for (WebElement question : browser.questions()) {
            if (!question.isDisplayed()) {
                continue;
            }
            List<WebElement> choices = Browser.inputs(question);
            if (!choices.isEmpty()) {
                choices.get(0).sendKeys(Keys.SPACE); // keys, not clicks: a click's coordinates can miss under phone emulation
            }
            for (WebElement blank : question.findElements(By.cssSelector("[data-blank]"))) {
                blank.clear();
                blank.sendKeys(blank.getDomAttribute("data-exponent") != null ? "42" : "Canberra");
            }
            for (WebElement select : question.findElements(By.cssSelector("select[data-left]"))) {
                new Select(select).selectByIndex(1);
            }
            List<WebElement> down = question.findElements(By.cssSelector("[data-action=down]"));
            if (!down.isEmpty()) {
                down.get(0).sendKeys(Keys.ENTER);
            }
            List<WebElement> indent = question.findElements(By.cssSelector("[data-action=indent]"));
            if (!indent.isEmpty()) {
                indent.get(0).sendKeys(Keys.ENTER);
            }
        }
    }

    /** Presses every check button and waits for each verdict, then for revealed answers to settle. */
    void checkEverything() {
        for (WebElement question : browser.questions()) {
            List<WebElement> check = question.findElements(By.cssSelector("[data-action=check]"));
            if (question.isDisplayed() && !check.isEmpty()) {
                check.get(0).sendKeys(Keys.ENTER);
                try {
                    browser.await().until(d -> question.getDomAttribute("data-result") != null);
                } catch (org.openqa.selenium.TimeoutException e) {
                    screenshot(Path.of(System.getProperty("basedir", "."), "target", "screenshots", "no-verdict.png"));
                    throw new AssertionError("no verdict for " + question.getDomAttribute("data-question") + ": '"
                            + question.findElement(By.cssSelector(".result")).getText() + "'", e);
                }
            }
        }
        settle();
    }

    /** Presses submit and waits for the score. */
    void submit() {
        WebElement root = browser.quiz();
        root.findElement(By.cssSelector("[data-action=submit]")).sendKeys(Keys.ENTER);
        browser.await().until(d -> root.getDomAttribute("data-score") != null);
        settle();
    }

    /** Waits until the answers the page reveals after wrong checks are shown (they are searched asynchronously). */
    private void settle() {
        try {
            browser.await().withTimeout(Duration.ofSeconds(3)).until(d -> Boolean.TRUE.equals(browser.script("""
                    return Array.prototype.every.call(document.querySelectorAll('[data-question][data-result]'), function (q) {
                      var reveal = q.querySelector('.reveal');
                      return !reveal || q.getAttribute('data-result') === 'correct' || !q.closest('[data-reveal]')
                        || q.hasAttribute('data-iterations') || q.getAttribute('data-type') === 'fill-in' || !reveal.hidden;
                    });""")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // a reveal that does not come is no accessibility problem; the scan runs on what is there
        } finally {
            browser.await().withTimeout(Browser.TIMEOUT);
        }
    }
}
