package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SCORM 1.2 packages in a real LMS run-time: each exported package is unzipped and its page opened in a frame whose
 * parent hosts scorm-again's Scorm12API (npm, installed by the generator's pom) as {@code window.API}, as an LMS
 * does. What the LMS records is read from that API object.
 */
class ScormPackageTest {
    /** Pass mark 60 %: one right answer of four is 25 % and fails. */
    static final String GRADED = """
            ---
            pass: 60%
            ---
            # Graded

            ![A dot](img/dot.svg)

            **1.** Pick b.

            - [ ] a
            - [x] b

            **2.** The capital of Peru is [[Lima]].

            **3.** Is water wet?

            - [x] yes
            - [ ] no

            **4.** Which is a vowel?

            - [ ] x
            - [x] e
            """;
    /** No pass mark: a submit completes it. */
    static final String UNGRADED = """
            # Ungraded

            **1.** Pick a.

            - [x] a
            - [ ] b
            """;
    /** Code questions and math, which a package holds as the page does: everything plays and counts. */
    static final String CODE = """
            # Code

            **1.** Complete the comparison.

            ```python blanks
            if a [[>=]] b:
                print(a)
            ```

            **2.** What does it print?

            ```text blanks
            [[
            1
              4
            ]]
            ```

            **3.** The area of a circle of radius $r$ is

            - [x] $\\pi r^2$
            - [ ] $2 \\pi r$

            **4.** Put the lines in order.

            ```python order
            def f(x):
                return x
            ```
            """;
    static final String DOT = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";
    /** The LMS page: scorm-again's SCORM 1.2 API, and the package's page in a frame, launched by {@code launch}. */
    static final String LMS_PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,"><script src="scorm12.js"></script></head>
            <body>
            <iframe id="sco" title="SCO" style="width: 100%; height: 1200px"></iframe>
            <script>
            // A new attempt's API, or a returning learner's with the data the LMS kept; then the SCO starts.
            function launch(page, kept) {
              window.calls = [];
              window.API = new Scorm12API({ logLevel: 5 });
              ['LMSInitialize', 'LMSCommit', 'LMSFinish'].forEach(function (name) {
                window.API.on(name, function () { window.calls.push(name); });
              });
              if (kept) window.API.loadFromJSON(kept);
              document.getElementById('sco').src = page;
            }
            // The same run-time, as an LMS that keeps no suspend data: reading it fails with 401, not implemented.
            function launchWithoutSuspendData(page) {
              launch('about:blank');
              var lms = window.API, refused = false;
              window.API = { cmi: lms.cmi };
              ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetErrorString', 'LMSGetDiagnostic']
                .forEach(function (name) {
                  window.API[name] = function (a, b) { refused = false; return lms[name](a, b); };
                });
              window.API.LMSGetValue = function (element) {
                refused = element === 'cmi.suspend_data';
                return refused ? '' : lms.LMSGetValue(element);
              };
              window.API.LMSGetLastError = function () { return refused ? '401' : lms.LMSGetLastError(); };
              document.getElementById('sco').src = page;
            }
            // An LMS that opens the SCO in a window of its own: the SCO finds the API through its opener.
            function launchWindow(page) {
              launch('about:blank');
              window.open(page, 'sco-window');
            }
            // An LMS whose API throws once the SCO has started.
            function launchBroken(page) {
              window.calls = [];
              window.API = {
                LMSInitialize: function () { window.calls.push('LMSInitialize'); return 'true'; },
                LMSGetValue: function () { throw new Error('LMS down'); }
              };
              document.getElementById('sco').src = page;
            }
            </script>
            </body></html>
            """;

    @TempDir
    static Path directory;
    static Path served;
    static StaticServer server;
    static Browser browser;
    static ScormPackages.Unpacked graded;
    static ScormPackages.Unpacked ungraded;
    static ScormPackages.Unpacked code;

    @BeforeAll
    static void start() throws Exception {
        Site site = new Site(directory.resolve("course")).bank("week1/graded.md", GRADED).bank("ungraded.md", UNGRADED)
                .bank("code.md", CODE);
        Files.createDirectories(site.source.resolve("week1/img"));
        Files.writeString(site.source.resolve("week1/img/dot.svg"), DOT);
        served = directory.resolve("lms");
        Files.createDirectories(served);
        Files.copy(ScormPackages.scormAgain(), served.resolve("scorm12.js"));
        Files.writeString(served.resolve("lms.html"), LMS_PAGE);
        Path exported = directory.resolve("export");
        ScormPackages.exportAll(site, exported);
        graded = ScormPackages.unzip(exported, "week1/graded", served.resolve("graded"));
        ungraded = ScormPackages.unzip(exported, "ungraded", served.resolve("ungraded"));
        code = ScormPackages.unzip(exported, "code", served.resolve("code"));
        server = new StaticServer(served, "/lms/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @BeforeEach
    void forgetEverything() {
        browser.driver().switchTo().defaultContent();
        browser.open(server.url("lms.html"));
        browser.script("window.localStorage.clear()");
        browser.clearLogs();
    }

    @Test
    void rightAnswersRecordFullScoreAndPassed() {
        launch(graded, null);
        answerGraded(true, true, true, true);
        assertEquals("4/4", browser.submitForScore());
        Map<String, Object> lms = lms();
        assertEquals("100", lms.get("raw"));
        assertEquals("0", lms.get("min"));
        assertEquals("100", lms.get("max"));
        assertEquals("passed", lms.get("status"));
        assertTrue(calls().contains("LMSCommit"), "the score is committed at once: " + calls());
    }

    @Test
    void wrongAnswersRecordTheLowerScoreAndFailed() {
        launch(graded, null);
        answerGraded(true, false, false, false);
        assertEquals("1/4", browser.submitForScore());
        assertEquals("false", browser.quiz().getDomAttribute("data-passed"));
        Map<String, Object> lms = lms();
        assertEquals("25", lms.get("raw"), "1 of 4 points");
        assertEquals("failed", lms.get("status"));
    }

    @Test
    void aQuizWithoutPassMarkIsCompleted() {
        launch(ungraded, null);
        assertEquals("incomplete", lms().get("status"), "started, not yet submitted");
        browser.choose(browser.questions().get(0), Set.of(1));
        assertEquals("0/1", browser.submitForScore());
        Map<String, Object> lms = lms();
        assertEquals("0", lms.get("raw"));
        assertEquals("completed", lms.get("status"));
    }

    @Test
    void aReturningLearnerResumesFromTheLmsData() {
        launch(graded, null);
        assertEquals(List.of("LMSInitialize"), calls());
        intoFrame();
        answerGraded(true, true, false, false);
        WebElement first = browser.questions().get(0);
        assertEquals("correct", browser.check(first));
        Map<String, Object> kept = lms();
        String suspendData = (String) kept.get("suspendData");
        assertTrue(suspendData.contains("Lima"), "the answers are kept in cmi.suspend_data: " + suspendData);
        assertEquals("suspend", kept.get("exit"), "the LMS keeps the attempt for the next visit");
        browser.driver().switchTo().defaultContent();
        assertEquals(List.of(), browser.script("return Object.keys(window.localStorage)"
                + ".filter(function (k) { return k.indexOf('mdquiz:') === 0; })"),
                "progress goes to the LMS, not to this browser's storage");

        browser.script("document.getElementById('sco').src = 'about:blank'");
        browser.await().until(d -> calls().contains("LMSFinish"));
        String sessionTime = (String) browser.script("return JSON.parse(JSON.stringify(API.cmi)).core.session_time");
        assertTrue(sessionTime.matches("\\d{2,4}:\\d\\d:\\d\\d(\\.\\d{1,2})?"), sessionTime);

        launch(graded, Map.of("suspend_data", suspendData, "core", Map.of("lesson_status", "incomplete")));
        List<WebElement> questions = browser.questions();
        assertTrue(Browser.inputs(questions.get(0)).get(1).isSelected(), "choice restored");
        assertEquals("Lima", questions.get(1).findElement(By.cssSelector("input[data-blank]")).getDomProperty("value"));
        browser.await().until(d -> "correct".equals(Browser.result(questions.get(0))));
        assertNull(Browser.result(questions.get(1)), "unchecked question stays unchecked");
        assertEquals("2/4", browser.submitForScore());
        assertEquals("50", lms().get("raw"));
    }

    @Test
    void anLmsWithoutSuspendDataStillGetsTheScore() {
        start("launchWithoutSuspendData", graded, null);
        answerGraded(true, true, true, true);
        assertEquals("4/4", browser.submitForScore());
        Map<String, Object> lms = lms();
        assertEquals("100", lms.get("raw"));
        assertEquals("passed", lms.get("status"));
        assertEquals("", lms.get("suspendData"));
        assertEquals(1L, browser.script("return Object.keys(window.localStorage)"
                + ".filter(function (k) { return k.indexOf('mdquiz:') === 0; }).length"), "progress kept in the browser");
        assertEquals(List.of(), browser.consoleMessages(Level.WARNING));
    }

    @Test
    void aScoInAWindowOfItsOwnFindsTheApiOfItsOpener() {
        String lmsWindow = browser.driver().getWindowHandle();
        browser.script("launchWindow(arguments[0])", ungraded.folder() + "/" + ungraded.launch());
        try {
            browser.await().until(d -> d.getWindowHandles().size() == 2);
            String scoWindow = browser.driver().getWindowHandles().stream().filter(h -> !h.equals(lmsWindow))
                    .findFirst().orElseThrow();
            browser.driver().switchTo().window(scoWindow);
            browser.await().until(d -> !d.findElements(By.cssSelector("[data-quiz]")).isEmpty());
            browser.choose(browser.questions().get(0), Set.of(0));
            assertEquals("1/1", browser.submitForScore());
            browser.driver().switchTo().window(lmsWindow);
            assertEquals("completed", browser.script("return API.cmi.core.lesson_status"));
            assertEquals("100", browser.script("return API.cmi.core.score.raw"));
            assertTrue(calls().contains("LMSCommit"), calls().toString());
        } finally {
            for (String handle : browser.driver().getWindowHandles()) {
                if (!handle.equals(lmsWindow)) {
                    browser.driver().switchTo().window(handle).close();
                }
            }
            browser.driver().switchTo().window(lmsWindow);
        }
        browser.await().until(d -> calls().contains("LMSFinish"));
    }

    @Test
    void aBrokenLmsLeavesTheQuizWorking() {
        start("launchBroken", graded, null);
        List<String> console = browser.consoleMessages(Level.WARNING);
        assertEquals(1, console.size(), console.toString());
        assertTrue(console.get(0).contains("mdquiz: the LMS's SCORM API failed") && console.get(0).contains("LMS down"),
                console.get(0));
        answerGraded(true, true, false, true);
        assertEquals("3/4", browser.submitForScore());
    }

    @Test
    void longAnswersShrinkToFitSuspendData() {
        launch(graded, null);
        answerGraded(true, false, true, true);
        WebElement blank = browser.questions().get(1).findElement(By.cssSelector("input[data-blank]"));
        browser.script("arguments[0].value = 'x'.repeat(5000);"
                + "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", blank);
        assertEquals("3/4", browser.submitForScore());
        Map<String, Object> lms = lms();
        String suspendData = (String) lms.get("suspendData");
        assertFalse(suspendData.isEmpty(), "what fits is kept");
        assertTrue(suspendData.length() <= 4096, "SCORM 1.2 holds 4096 characters: " + suspendData.length());
        assertTrue(suspendData.contains("\"best\":0.75"), suspendData);
        assertEquals("75", lms.get("raw"));
        assertEquals("passed", lms.get("status"));
    }

    @Test
    void codeQuestionsAndMathPlayAndCountAsOnThePage() {
        launch(code, null);
        List<WebElement> questions = browser.questions();
        questions.get(0).findElement(By.cssSelector("pre.code-blanks input[data-blank]")).sendKeys(">=");
        questions.get(1).findElement(By.cssSelector("textarea[data-blank][data-lines]")).sendKeys("1\n  4");
        assertFalse(questions.get(2).findElements(By.cssSelector("math")).isEmpty(), "formulas as MathML");
        browser.choose(questions.get(2), Set.of(0));
        assertEquals(2, questions.get(3).findElements(By.cssSelector("ol.ordering-code [data-item]")).size());
        assertEquals("3/4", browser.submitForScore(), "the Parsons problem left unsolved");
        assertEquals("75", lms().get("raw"));
    }

    @Test
    void withoutAnLmsThePackageIsTheSitesPage() {
        browser.openQuiz(server.url(graded.folder() + "/" + graded.launch()));
        assertNotNull(browser.script("return document.querySelector('img').naturalWidth || null"),
                "the image the page links to is in the package");
        assertTrue(browser.driver().findElements(By.cssSelector(".site-nav, .pager")).isEmpty(),
                "no links to the course, which the package does not hold");
        answerGraded(true, true, true, false);
        assertEquals("3/4", browser.submitForScore());
        assertEquals("true", browser.quiz().getDomAttribute("data-passed"));
        assertTrue((Boolean) browser.script("return Object.keys(window.localStorage)"
                + ".some(function (k) { return k.indexOf('mdquiz:') === 0; })"), "progress kept in the browser");
        assertEquals(List.of(), browser.consoleMessages(Level.WARNING), "no errors without an LMS");
    }

    private static void launch(ScormPackages.Unpacked exported, Map<String, Object> kept) {
        start("launch", exported, kept);
        assertEquals(List.of(), browser.consoleMessages(Level.WARNING), "the page starts without errors");
    }

    /** Calls one of the LMS page's launch functions and waits in the frame until the SCO has started. */
    private static void start(String launchFunction, ScormPackages.Unpacked exported, Map<String, Object> kept) {
        browser.driver().switchTo().defaultContent();
        browser.script(launchFunction + "(arguments[0], arguments[1])", exported.folder() + "/" + exported.launch(),
                kept);
        browser.await().until(d -> calls().contains("LMSInitialize"));
        intoFrame();
        browser.await().until(d -> !browser.driver().findElements(By.cssSelector("[data-quiz]")).isEmpty());
    }

    private static void answerGraded(boolean... right) {
        List<WebElement> questions = browser.questions();
        browser.choose(questions.get(0), Set.of(right[0] ? 1 : 0));
        WebElement blank = questions.get(1).findElement(By.cssSelector("input[data-blank]"));
        blank.clear();
        blank.sendKeys(right[1] ? "Lima" : "Cusco");
        browser.choose(questions.get(2), Set.of(right[2] ? 0 : 1));
        browser.choose(questions.get(3), Set.of(right[3] ? 1 : 0));
    }

    /** What the LMS holds, read from the API object in the parent; the frame stays current. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> lms() {
        WebElement frame = browser.driver().switchTo().defaultContent().findElement(By.id("sco"));
        try {
            // write-only elements such as cmi.core.exit are read as the LMS stores them, in its JSON
            return (Map<String, Object>) browser.script("var cmi = JSON.parse(JSON.stringify(window.API.cmi)); return {"
                    + "raw: cmi.core.score.raw, min: cmi.core.score.min, max: cmi.core.score.max,"
                    + "status: cmi.core.lesson_status, exit: cmi.core.exit, suspendData: cmi.suspend_data};");
        } finally {
            browser.driver().switchTo().frame(frame);
        }
    }

    private static void intoFrame() {
        browser.driver().switchTo().defaultContent();
        browser.driver().switchTo().frame(browser.driver().findElement(By.id("sco")));
    }

    /** The LMS API calls the SCO made so far, in order; leaves the driver in the LMS page. */
    @SuppressWarnings("unchecked")
    private static List<String> calls() {
        browser.driver().switchTo().defaultContent();
        return (List<String>) browser.script("return window.calls || []");
    }
}
