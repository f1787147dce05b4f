package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz page in a docs page's iframe (docs/embedding.md): the docs page is served by the test, runs the listener
 * exactly as docs/embedding.md prints it, and records every height message in {@code window.__heights}. The quiz
 * is framed from the same origin, from another origin of the same site (another port) and from another site
 * ({@code localhost} framing {@code 127.0.0.1}).
 */
class EmbeddingTest {
    private static final String FIRST = "# Variables\n\n**1.** Pick b.\n\n- [ ] a\n- [x] b\n";
    /** The middle quiz: navigation both ways, a hint, an explanation, a blank, a link to another quiz. */
    private static final String LOOPS = """
            ---
            title: Loops
            ---

            **1.** Which loop runs its body at least once?

            > Hint: think of where the condition is checked.

            - [ ] `while`
            - [x] `do ... while`
            - [ ] `for`

            The condition of a `do ... while` loop is checked after the body, so the body always runs once,
            even when the condition is false from the start. See also [the quiz on functions](c-functions.md).

            **2.** A loop that never ends is an [[infinite]] loop.
            """;
    private static final String LAST = "# Functions\n\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n";
    private static final String SINGLE = "# %s\n\n**1.** Pick b.\n\n- [ ] a\n- [x] b\n\n**2.** Two plus two is [[4]].\n";

    @TempDir
    static Path directory;
    static StaticServer home;
    static StaticServer other;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Site site = new Site(directory).bank("a-variables.md", FIRST).bank("b-loops.md", LOOPS).bank("c-functions.md", LAST);
        for (String name : List.of("same-origin", "same-site", "cross-site", "blocked")) {
            site.bank("progress/" + name + ".md", SINGLE.formatted(name));
        }
        site.generate();
        Path docs = Files.createDirectories(directory.resolve("docs"));
        Files.writeString(docs.resolve("mdquiz.js"), listener(), StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("page.html"), DOCS_PAGE, StandardCharsets.UTF_8);
        home = new StaticServer(directory, "/");
        other = new StaticServer(directory, "/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, home, other);
    }

    /** Each test starts from a learner who never came here: nothing saved on either origin. */
    @BeforeEach
    void forgetEverything() {
        for (StaticServer server : List.of(home, other)) {
            browser.open(server.url("no-such-page"));
            browser.script("window.localStorage.clear();");
        }
        browser.clearLogs(); // the 404 of the page above
    }

    @AfterEach
    void leaveFrames() {
        browser.driver().switchTo().defaultContent();
    }

    /** A docs page: text, the frame, text, and the listener of docs/embedding.md; the frame's src from ?src=. */
    private static final String DOCS_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Loops · Docs</title>
            <link rel="icon" href="data:,">
            <style>
              body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem; color: #222; }
              /* a docs theme's own rules, which the listener must work with */
              *, *::before, *::after { box-sizing: border-box; }
              iframe.mdquiz { width: 100%; height: 120px; border: 1px solid #bbb; border-radius: 6px; padding: 2px; }
            </style>
            </head>
            <body>
            <h1>Loops</h1>
            <p>A loop runs its body again and again while its condition holds. Try the quiz below.</p>
            <iframe class="mdquiz" title="Quiz: loops"></iframe>
            <p id="after">Text after the quiz.</p>
            <script>
              window.__heights = [];
              window.addEventListener('message', function (event) {
                if (event.data && event.data.type === 'mdquiz:height') window.__heights.push(event.data);
              });
              document.querySelector('iframe').src = new URLSearchParams(location.search).get('src');
            </script>
            <script src="mdquiz.js"></script>
            </body>
            </html>
            """;

    /** The first ```js block under "## The listener" of docs/embedding.md: what users copy is what is tested. */
    private static String listener() throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "docs", "embedding.md"));
        Matcher block = Pattern.compile("(?s)\n## The listener\n.*?```js\n(.*?)```").matcher(doc);
        assertTrue(block.find(), "docs/embedding.md has a js block under ## The listener");
        return block.group(1);
    }

    private static String docsPage(StaticServer server, String framed) {
        return server.url("docs/page.html") + "?src=" + URLEncoder.encode(framed, StandardCharsets.UTF_8);
    }

    private static String quizUrl(StaticServer server, String page) {
        return server.url("site/" + page);
    }

    /** Opens the docs page and waits until the listener has sized the frame to the quiz's posted height. */
    private static WebElement openDocs(String url) {
        browser.open(url);
        WebElement frame = browser.driver().findElement(By.cssSelector("iframe.mdquiz"));
        browser.await().until(d -> heights().size() > 0 && contentHeight(frame) == lastHeight());
        return frame;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> heights() {
        return (List<Object>) browser.script("return window.__heights.map(function (m) { return m.height; });");
    }

    private static long lastHeight() {
        List<Object> heights = heights();
        return ((Number) heights.get(heights.size() - 1)).longValue();
    }

    /** The frame's content box height, as the parent laid it out. */
    private static long contentHeight(WebElement frame) {
        return ((Number) browser.script("""
                var style = getComputedStyle(arguments[0]);
                return arguments[0].clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);""",
                frame)).longValue();
    }

    private static void enter(WebElement frame) {
        browser.driver().switchTo().frame(frame);
    }

    private static void leave() {
        browser.driver().switchTo().defaultContent();
    }

    /** Inside the frame: the page's whole height fits in the frame, so the frame shows no scroll bar. */
    private static void assertNoInnerScrolling(WebElement frame) {
        enter(frame);
        long scroll = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
        long viewport = ((Number) browser.script("return document.documentElement.clientHeight;")).longValue();
        leave();
        assertTrue(scroll <= viewport, "content " + scroll + " px fits the frame's " + viewport + " px");
    }

    private static boolean displayed(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).isDisplayed();
    }

    @Test
    void theFramedQuizHidesTheCourseNavigationAndIsShownAtItsHeight() throws InterruptedException {
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html")));
        Object first = browser.script("return window.__heights[0];");
        assertEquals(List.of("height", "quiz", "type", "version"),
                ((Map<?, ?>) first).keySet().stream().map(String::valueOf).sorted().toList());
        assertEquals("mdquiz:height", ((Map<?, ?>) first).get("type"));
        assertEquals(1L, ((Map<?, ?>) first).get("version"));
        assertEquals("b-loops", ((Map<?, ?>) first).get("quiz"));
        assertTrue(lastHeight() > 300, "a two-question quiz is taller than the docs page's 120 px: " + lastHeight());
        assertNoInnerScrolling(frame);
        int settled = heights().size();
        Thread.sleep(500); // many frames: a loop between page and parent would post again and again
        assertEquals(settled, heights().size(), "once the frame has the posted height, the page posts nothing more");

        enter(frame);
        assertFalse(displayed(".site-nav"), "the link to the course index is hidden in the frame");
        assertFalse(displayed(".pager"), "previous / next are hidden in the frame");
        assertTrue(displayed("h1"), "the quiz's title stays");
        assertTrue(displayed("[data-action=submit]"), "the quiz's controls stay");
        assertNotNull(browser.driver().findElement(By.tagName("html")).getDomAttribute("data-embedded"));
        leave();

        browser.open(quizUrl(home, "b-loops.html"));
        assertTrue(displayed(".site-nav"), "alone, the page shows its link to the course index");
        assertTrue(displayed(".pager-previous") && displayed(".pager-next"), "alone, the page shows previous / next");
        assertNull(browser.driver().findElement(By.tagName("html")).getDomAttribute("data-framed"));
    }

    @Test
    void theFrameGrowsWithHintsVerdictsAndExplanationsAndGradesInside() {
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html")));
        long fresh = lastHeight();

        enter(frame);
        browser.driver().findElement(By.cssSelector(".hint summary")).click();
        leave();
        browser.await().until(d -> lastHeight() > fresh && contentHeight(frame) == lastHeight());
        long withHint = lastHeight();
        assertNoInnerScrolling(frame);

        enter(frame);
        WebElement choice = browser.questions().get(0);
        browser.choose(choice, Set.of(0));
        assertEquals("incorrect", browser.check(choice), "a wrong answer is graded wrong inside the frame");
        assertTrue(choice.findElement(By.cssSelector(".explanation")).isDisplayed(), "the explanation is shown");
        leave();
        browser.await().until(d -> lastHeight() > withHint && contentHeight(frame) == lastHeight());
        assertNoInnerScrolling(frame);

        enter(frame);
        browser.choose(browser.questions().get(0), Set.of(1));
        assertEquals("correct", browser.check(browser.questions().get(0)), "the right answer is graded right");
        WebElement blank = browser.questions().get(1).findElement(By.cssSelector("input[data-blank]"));
        blank.sendKeys("Infinite");
        assertEquals("correct", browser.check(browser.questions().get(1)));
        assertEquals("2/2", browser.submitForScore());
        leave();
        browser.await().until(d -> contentHeight(frame) == lastHeight());
        assertNoInnerScrolling(frame);
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    /** Tab goes from the docs page straight to the quiz's first control (the hidden links take no stop). */
    @Test
    void theKeyboardReachesTheFramedQuizPastTheHiddenNavigation() {
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html")));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        enter(frame);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("summary", focused.getTagName(), "the first stop is the first question's hint");
        focused.sendKeys(Keys.ENTER);
        assertNotNull(browser.driver().findElement(By.cssSelector(".hint")).getDomAttribute("open"), "Enter opens it");
        WebElement blanks = browser.questions().get(1);
        blanks.findElement(By.cssSelector("input[data-blank]")).sendKeys("infinite", Keys.ENTER);
        assertEquals("correct", browser.await().until(d -> Browser.result(blanks)), "Enter in a blank checks it");
        leave();
    }

    @Test
    void aParentThatListensLateAsksForTheHeight() {
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html")));
        int before = heights().size();
        browser.script("arguments[0].contentWindow.postMessage({type: 'mdquiz:height-request', version: 1}, '*');", frame);
        browser.await().until(d -> heights().size() == before + 1);
        assertEquals(contentHeight(frame), lastHeight(), "the same height again");
    }

    @Test
    void navIsKeptWhenAskedAndWhileTheLearnerMovesThroughTheCourse() {
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html") + "?nav=1"));
        enter(frame);
        assertTrue(displayed(".site-nav") && displayed(".pager"), "?nav=1 keeps the navigation");
        browser.driver().findElement(By.cssSelector(".pager-next")).click();
        browser.await().until(d -> "c-functions".equals(browser.quiz().getDomAttribute("data-quiz")));
        assertTrue(displayed(".site-nav") && displayed(".pager"), "the next quiz, reached in the frame, keeps it");
        browser.driver().findElement(By.cssSelector(".site-nav a")).click();
        browser.await().until(d -> !d.findElements(By.cssSelector("[data-quiz-entry]")).isEmpty());
        browser.driver().findElement(By.cssSelector("[data-quiz-entry=b-loops] a")).click();
        browser.await().until(d -> "b-loops".equals(browser.quiz().getDomAttribute("data-quiz")));
        assertTrue(displayed(".site-nav") && displayed(".pager"), "a quiz reached from the index in the frame keeps it");
        leave();
        browser.await().until(d -> "b-loops".equals(browser.script("return window.__heights[window.__heights.length - 1].quiz;")));
    }

    @Test
    void linksToOtherPagesOpenInANewTabAndInPageLinksStay() {
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html")));
        String docsWindow = browser.driver().getWindowHandle();
        enter(frame);
        browser.choose(browser.questions().get(0), Set.of(0));
        browser.check(browser.questions().get(0));
        browser.driver().findElement(By.cssSelector(".explanation a")).click();
        browser.await().until(d -> d.getWindowHandles().size() == 2);
        assertEquals("b-loops", browser.quiz().getDomAttribute("data-quiz"), "the frame still shows the quiz");
        leave();
        assertTrue(browser.driver().getCurrentUrl().contains("docs/page.html"), "the docs page stays");
        for (String handle : browser.driver().getWindowHandles()) {
            if (!handle.equals(docsWindow)) {
                browser.driver().switchTo().window(handle);
                browser.await().until(d -> d.getCurrentUrl().endsWith("/site/c-functions.html"));
                browser.driver().close();
            }
        }
        browser.driver().switchTo().window(docsWindow);
    }

    @Test
    void sameOriginFramesKeepProgressAndShareItWithTheCourse() {
        String quiz = quizUrl(home, "progress/same-origin.html");
        WebElement frame = openDocs(docsPage(home, quiz));
        answerFirst(frame);

        browser.driver().navigate().refresh();
        frame = browser.driver().findElement(By.cssSelector("iframe.mdquiz"));
        assertRestored(frame, true);

        browser.open(quiz);
        assertEquals("correct", Browser.result(browser.questions().get(0)), "the course site alone shows it too");
    }

    @Test
    void aFrameFromAnotherPortOfTheSameSiteUsesTheQuizOriginsStorage() {
        String quiz = quizUrl(other, "progress/same-site.html");
        WebElement frame = openDocs(docsPage(home, quiz));
        answerFirst(frame);
        browser.driver().navigate().refresh();
        assertRestored(browser.driver().findElement(By.cssSelector("iframe.mdquiz")), true);
        browser.open(quiz);
        assertEquals("correct", Browser.result(browser.questions().get(0)), "one site: the quiz origin's own storage");
    }

    @Test
    void aFrameFromAnotherSiteGradesAndKeepsProgressOnlyInItsPartition() {
        String quiz = quizUrl(other, "progress/cross-site.html").replace("127.0.0.1", "localhost");
        WebElement frame = openDocs(docsPage(home, quiz));
        assertNoInnerScrolling(frame);
        enter(frame);
        assertFalse(displayed(".site-nav") || displayed(".pager"), "another site's frame shows the quiz alone too");
        leave();
        answerFirst(frame);
        browser.driver().navigate().refresh();
        assertRestored(browser.driver().findElement(By.cssSelector("iframe.mdquiz")), true);

        browser.open(quiz);
        assertNull(Browser.result(browser.questions().get(0)),
                "the quiz site alone does not see what was saved in another site's frame (storage partitioning)");
    }

    /**
     * With site data blocked, Chromium gives the framed page no storage at all (localStorage throws): the page
     * grades as usual, says nothing in the console, and simply starts afresh after a reload.
     */
    @Test
    void withStorageRefusedAFramedQuizStillGrades() throws Exception {
        Browser usual = browser;
        try (Browser strict = Browser.start(options -> options.setExperimentalOption("prefs",
                Map.of("profile.default_content_setting_values.cookies", 2)))) {
            browser = strict; // the helpers above drive this browser for the test
            String quiz = quizUrl(other, "progress/blocked.html").replace("127.0.0.1", "localhost");
            WebElement frame = openDocs(docsPage(home, quiz));
            enter(frame);
            assertEquals("SecurityError", browser.script(
                    "try { window.localStorage.getItem('x'); return 'stored'; } catch (e) { return e.name; }"),
                    "the setting refuses the frame its storage, so this test shows the page without it");
            leave();
            answerFirst(frame);
            enter(frame);
            assertEquals("1/2", browser.submitForScore(), "a quiz without storage is still scored");
            leave();
            assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
            browser.driver().navigate().refresh();
            assertRestored(browser.driver().findElement(By.cssSelector("iframe.mdquiz")), false);
        } finally {
            browser = usual;
        }
    }

    @Test
    void theFramedPageIsAccessibleInEveryState() {
        Emulation emulation = new Emulation(browser);
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html")));
        enter(frame);
        assertEquals(List.of(), emulation.axeViolations(), "fresh, in the frame");
        browser.driver().findElement(By.cssSelector(".hint summary")).click();
        browser.choose(browser.questions().get(0), Set.of(0));
        browser.check(browser.questions().get(0));
        browser.questions().get(1).findElement(By.cssSelector("input[data-blank]")).sendKeys("endless");
        browser.submitForScore();
        assertEquals(List.of(), emulation.axeViolations(), "checked and submitted, in the frame");
        leave();
    }

    /** For a person to look at: target/screenshots/embedded-quiz.png, the docs page with a checked quiz in it. */
    @Test
    void screenshotOfADocsPageWithAnEmbeddedQuiz() throws Exception {
        WebElement frame = openDocs(docsPage(home, quizUrl(home, "b-loops.html")));
        enter(frame);
        browser.driver().findElement(By.cssSelector(".hint summary")).click();
        browser.choose(browser.questions().get(0), Set.of(1));
        browser.check(browser.questions().get(0));
        leave();
        browser.await().until(d -> contentHeight(frame) == lastHeight() && lastHeight() > 500);
        Path file = ScreenshotTest.SCREENSHOTS.resolve("embedded-quiz.png");
        new Emulation(browser).screenshot(file);
        assertTrue(Files.size(file) > 10_000, "a screenshot of " + file);
    }

    /** Checks question 1 right inside the frame and waits until the answer is saved. */
    private static void answerFirst(WebElement frame) {
        enter(frame);
        WebElement question = browser.questions().get(0);
        browser.choose(question, Set.of(1));
        assertEquals("correct", browser.check(question));
        leave();
    }

    private static void assertRestored(WebElement frame, boolean restored) {
        browser.await().until(d -> !heights().isEmpty());
        enter(frame);
        WebElement question = browser.await().until(d -> browser.questions().get(0));
        if (restored) {
            browser.await().until(d -> "correct".equals(Browser.result(question)));
            assertTrue(Browser.inputs(question).get(1).isSelected(), "the answer is back");
        } else {
            assertNull(Browser.result(question), "nothing restored");
            assertFalse(Browser.inputs(question).get(1).isSelected(), "nothing restored");
        }
        leave();
    }
}
