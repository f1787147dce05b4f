package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Math in Chromium: formulas in stems, options, feedback and explanations are MathML that the browser lays out
 * natively, with no script, font or request of their own and no breach of the page's policy; questions with math
 * grade right and wrong; locked explanations with math open as MathML; axe-core finds nothing.
 */
class MathQuizTest {
    static final String MATH = """
            # Circles

            **1.** What is the area of a circle of radius $r$?

            - [x] $\\pi r^2$
              > $A = \\pi r^2$, since $$A = \\int_0^r 2\\pi t \\, dt.$$
            - [ ] $2\\pi r$
              > That is its circumference.

            **2.** Which of these equal $\\frac{1}{2}$? Select two.

            - [x] $\\frac{2}{4}$
            - [x] $0.5$
            - [ ] $\\sqrt{2}$

            **3.** Solve $x^2 = 9$ for $x > 0$: $x =$ [[=3]]

            > Hint: $3 \\cdot 3 = 9$.

            The positive root: $$x = \\sqrt{9} = 3.$$

            **4.** The sum $\\sum_{i=1}^{n} i$ equals

            - [x] $\\dfrac{n(n+1)}{2}$
            - [ ] $n^2$
            """;
    private static final String LOCKED = """
            ---
            reveal: on-correct
            ---

            **1.** Pick $\\frac{1}{2}$.

            - [x] $0.5$
            - [ ] $2$

            Because $$\\frac{1}{2} = 0.5.$$
            """;

    @TempDir
    static Path directory;
    static Site site;
    static Browser browser;
    static Emulation emulation;
    static StaticServer server;

    @BeforeAll
    static void generateAndStart() throws Exception {
        site = new Site(directory).bank("circles.md", MATH).bank("locked.md", LOCKED);
        site.generate(settings -> settings.keyIterations(2000));
        server = new StaticServer(site.output, "/");
        browser = Browser.start();
        emulation = new Emulation(browser);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server::close);
    }

    /** Console warnings and errors but the 404s of the blank page that clears storage and of the icon. */
    private static List<String> problems() {
        return browser.consoleMessages(Level.WARNING).stream()
                .filter(message -> !message.contains("no-such-page") && !message.contains("favicon.ico")).toList();
    }

    private List<WebElement> open(String page) {
        emulation.openAfresh(server, page);
        return browser.questions();
    }

    @Test
    void formulasAreMathMlLaidOutByTheBrowser() {
        List<WebElement> q = open("circles.html");
        WebElement math = q.get(0).findElement(By.cssSelector(".option math"));
        assertEquals("http://www.w3.org/1998/Math/MathML", browser.script("return arguments[0].namespaceURI;", math));
        assertEquals("\\pi r^2", math.getDomAttribute("alttext"));
        // laid out as math: the superscript sits above the baseline of its base
        Number rise = (Number) browser.script("var m = arguments[0]; var base = m.querySelector('msup > mi');"
                + " var sup = m.querySelector('msup > mn'); return base.getBoundingClientRect().top"
                + " - sup.getBoundingClientRect().top;", math);
        assertTrue(rise.doubleValue() > 0, "superscript raised by " + rise);
        Number fractionHeight = (Number) browser.script("return arguments[0].getBoundingClientRect().height;",
                q.get(1).findElement(By.cssSelector(".stem mfrac")));
        assertTrue(fractionHeight.doubleValue() > 15, "a fraction stacks: " + fractionHeight);
        assertEquals("block", browser.script("return getComputedStyle(arguments[0]).display.split(' ')[0];",
                q.get(2).findElement(By.cssSelector("math[display=block]"))));
        assertEquals(List.of(), problems(), "no policy violation, no error");
        assertEquals(List.of("/circles.html"), server.served.stream()
                        .filter(path -> !path.contains("no-such-page") && !path.contains("favicon")).distinct().toList(),
                "no request beyond the page");
    }

    @Test
    void questionsWithMathGradeRightAndWrong() {
        List<WebElement> q = open("circles.html");
        browser.choose(q.get(0), Set.of(1));
        assertEquals("incorrect", browser.check(q.get(0)));
        browser.choose(q.get(0), Set.of(0));
        assertEquals("correct", browser.check(q.get(0)));
        browser.choose(q.get(1), Set.of(0, 2));
        assertEquals("incorrect", browser.check(q.get(1))); // one right pick less one wrong
        browser.choose(q.get(1), Set.of(0));
        assertEquals("partial", browser.check(q.get(1)));
        browser.choose(q.get(1), Set.of(0, 1));
        assertEquals("correct", browser.check(q.get(1)));
        Answers.fill(q.get(2), "4");
        assertEquals("incorrect", browser.check(q.get(2)));
        Answers.fill(q.get(2), "3");
        assertEquals("correct", browser.check(q.get(2)));
        browser.choose(q.get(3), Set.of(1));
        assertEquals("incorrect", browser.check(q.get(3)));
        browser.choose(q.get(3), Set.of(0));
        assertEquals("correct", browser.check(q.get(3)));
        WebElement feedback = q.get(0).findElement(By.cssSelector(".option-feedback"));
        assertEquals(2, feedback.findElements(By.tagName("math")).size(), "option feedback keeps its formulas");
        assertEquals(List.of(), problems());
    }

    @Test
    void aLockedExplanationWithMathOpensAsMathMl() throws Exception {
        assertFalse(Files.readString(site.page("locked.md")).contains("= 0.5."), "the explanation is encrypted");
        List<WebElement> q = open("locked.html");
        browser.choose(q.get(0), Set.of(0));
        assertEquals("correct", browser.check(q.get(0)));
        WebElement math = browser.await().until(d -> {
            List<WebElement> found = q.get(0).findElements(By.cssSelector(".explanation math"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertEquals("http://www.w3.org/1998/Math/MathML", browser.script("return arguments[0].namespaceURI;", math));
        assertEquals("\\frac{1}{2} = 0.5.", math.getDomAttribute("alttext"));
        assertEquals(List.of(), problems());
    }

    @Test
    void axeFindsNothingOnMathPagesFreshAndChecked() {
        for (String scheme : List.of("light", "dark")) {
            emulation.colorScheme(scheme);
            List<WebElement> q = open("circles.html");
            assertEquals(List.of(), emulation.axeViolations(), scheme + ", fresh");
            browser.choose(q.get(0), Set.of(1));
            browser.check(q.get(0));
            browser.choose(q.get(1), Set.of(0, 1));
            browser.check(q.get(1));
            Answers.fill(q.get(2), "3");
            browser.check(q.get(2));
            assertEquals(List.of(), emulation.axeViolations(), scheme + ", checked");
        }
        emulation.colorScheme("light");
        emulation.screenshot(Path.of("target", "screenshots", "math.png"));
    }
}
